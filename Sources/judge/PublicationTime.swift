import Foundation

/// Times of publications and appeals: recorded to the second, shown in the venue's time zone
/// with its offset ("2026-11-26T15:30:00+08:00"), so a 公示 sheet names its period unambiguously.
enum PublicationTime {
    static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    static func shown(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: .current))
    }
}
