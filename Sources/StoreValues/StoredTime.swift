package import Foundation

/// Times as stored: ISO 8601 in UTC to the second, e.g. "2026-11-26T07:30:00Z", so that the
/// text in the database and in audit facts is exact and sorts as time does. `package`: the
/// store writes and reads it, and shows it through `LocalTime` here.
package enum StoredTime {
    package static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Also reads the audit log's and batches' times, which SQLite writes with milliseconds.
    package static func date(_ text: String) -> Date? {
        (try? Date(text, strategy: .iso8601))
            ?? (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
    }
}
