import Foundation

/// A stored UTC time (`2026-11-26T07:40:12Z`) as the commands show it: local time, `2026-11-26 15:40:12`.
enum LocalTimeText {
    static func shown(_ stored: String) -> String {
        guard let date = try? Date(stored, strategy: .iso8601) else { return stored }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = ProcessInfo.processInfo.environment["TZ"].flatMap(TimeZone.init(identifier:)) ?? .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
