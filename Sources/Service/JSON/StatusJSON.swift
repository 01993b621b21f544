import Officiating
import ScoringCore

/// `GET /api/v1/status`: one entry per trade and round, for the chief judge.
enum StatusJSON {
    static func object(_ rounds: [RoundState]) -> [String: Any] {
        [
            "rounds": rounds.map { state in
                [
                    "trade": state.trade.id.rawValue, "round": state.round.id.rawValue, "expected": state.expected,
                    "entered": state.entered, "locked": state.locked, "missing": state.missing, "flags": state.flags,
                ] as [String: Any]
            }
        ]
    }
}
