import Messages
import ScoreStore
public import ScoringCore

/// The console is the chief judge's: anyone else is refused with the CLI's `not_chief`, naming
/// the action and the chief judges there are.
public enum ChiefOnly {
    public static func require(_ judge: Judge, for action: String, in venue: Venue) throws {
        guard !judge.chief else { return }
        let chiefs = try venue.store.competition().judges.filter(\.chief).map(\.id.rawValue)
        throw Refusal(
            chiefs.isEmpty ? .notChiefNoneNamed : .notChief,
            [
                "chief": judge.id.rawValue, "name": judge.name, "action": action,
                "chiefs": chiefs.joined(separator: ", "),
            ])
    }
}
