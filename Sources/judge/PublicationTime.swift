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

extension PublicationTime {
    /// The notice period as a 公示 sheet prints it: "2026年12月1日 至 12月6日" (the year again
    /// only when it changes), then the closing time: "（12月6日 15:30 截止）".
    static func period(from start: Date, to end: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let from = calendar.dateComponents([.year, .month, .day], from: start)
        let to = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: end)
        let first = "\(from.year!)年\(from.month!)月\(from.day!)日"
        let last = (from.year == to.year ? "" : "\(to.year!)年") + "\(to.month!)月\(to.day!)日"
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(twoDigits(to.hour!)):\(twoDigits(to.minute!))"
        return "\(first) 至 \(last)（\(to.month!)月\(to.day!)日 \(time) 截止）"
    }
}
