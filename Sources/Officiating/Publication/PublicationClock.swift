public import Foundation
import ScoreStore

/// Times of publications and appeals are recorded to the second; `LocalTime` shows them.
public enum PublicationClock {
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
