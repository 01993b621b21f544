import Foundation

/// A time in the API: ISO 8601 in UTC, as a script reads it; pages show it in local time.
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
