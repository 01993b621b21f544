public import Foundation
import Synchronization

/// Every time shown to a person: local time in one format, `2026-12-01 16:00:45`, with the
/// offset (`+08:00`) where a deadline is read; public sheets (公示) use `2026年12月1日 16:00`.
/// Stored times stay UTC (`StoredTime`): only what is shown goes through here.
public enum LocalTime {
    private static let chosen = Mutex<TimeZone?>(nil)

    /// The zone shown: `--tz`, else `$TZ`, else the machine's.
    public static var zone: TimeZone {
        if let zone = chosen.withLock({ $0 }) { return zone }
        if let name = ProcessInfo.processInfo.environment["TZ"], let zone = TimeZone(identifier: name) {
            return zone
        }
        return .current
    }

    /// Chooses the zone for this process (`--tz`); nil when no zone has this name.
    @discardableResult
    public static func choose(_ identifier: String) -> TimeZone? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        chosen.withLock { $0 = zone }
        return zone
    }

    /// `2026-12-01 16:00:45`
    public static func text(_ date: Date, in zone: TimeZone = zone) -> String {
        let parts = components(date, zone)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// `2026-12-01 16:00:45 +08:00`: for deadlines and sign-offs, read by people elsewhere too.
    public static func textWithZone(_ date: Date, in zone: TimeZone = zone) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return text(date, in: zone) + " " + sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// `2026年12月1日 16:00`, as a notice for the public reads.
    public static func chinese(_ date: Date, in zone: TimeZone = zone) -> String {
        let parts = components(date, zone)
        return String(
            format: "%d年%d月%d日 %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }

    /// The notice period as a 公示 sheet prints it: "2026年12月1日 至 12月6日" (the year again
    /// only when it changes), then the closing time: "（12月6日 15:30 截止）".
    public static func noticePeriod(from start: Date, to end: Date, in zone: TimeZone = zone) -> String {
        let from = components(start, zone)
        let to = components(end, zone)
        let first = "\(from.year ?? 0)年\(from.month ?? 0)月\(from.day ?? 0)日"
        let last = (from.year == to.year ? "" : "\(to.year ?? 0)年") + "\(to.month ?? 0)月\(to.day ?? 0)日"
        let time = String(format: "%02d:%02d", to.hour ?? 0, to.minute ?? 0)
        return "\(first) 至 \(last)（\(to.month ?? 0)月\(to.day ?? 0)日 \(time) 截止）"
    }

    /// A stored UTC text (`2026-11-26T07:40:12Z`, with or without fractions) shown locally;
    /// text that is not a stored time is shown as it is.
    public static func text(stored: String, in zone: TimeZone = zone) -> String {
        StoredTime.date(stored).map { text($0, in: zone) } ?? stored
    }

    public static func textWithZone(stored: String, in zone: TimeZone = zone) -> String {
        StoredTime.date(stored).map { textWithZone($0, in: zone) } ?? stored
    }

    private static func components(_ date: Date, _ zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
