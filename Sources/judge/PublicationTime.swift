import Foundation

/// Times of publications and appeals are recorded to the second; `LocalTime` shows them.
enum PublicationTime {
    static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
