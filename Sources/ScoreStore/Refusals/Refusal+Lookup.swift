import Messages
import ScoringCore

extension Refusal {
    /// A trade id that names none of the competition's trades.
    static func unknownTrade(_ id: String, in competition: Competition) -> Refusal {
        Refusal(
            .unknownTrade, at: .field(.trade),
            ["value": id, "known": competition.trades.map(\.id.rawValue).joined(separator: ", ")])
    }

    /// A round id that names none of the competition's rounds.
    static func unknownRound(_ id: String, in competition: Competition) -> Refusal {
        Refusal(
            .unknownRound, at: .field(.round),
            ["value": id, "known": competition.rounds.map(\.id.rawValue).joined(separator: ", ")])
    }

    /// A judge id that names none of the competition's judges.
    static func unknownJudge(_ id: String, in competition: Competition) -> Refusal {
        Refusal(
            .unknownJudge, at: .field(.judge),
            ["value": id, "known": competition.judges.map(\.id.rawValue).joined(separator: ", ")])
    }

    /// A number that no competitor on the roster has.
    static func unknownCompetitor(_ number: String) -> Refusal {
        Refusal(.unknownCompetitor, at: .field(.number), ["value": number])
    }

    /// A reason left blank where the audit log needs one.
    static let reasonRequired = Refusal(.reasonRequired, at: .field(.reason))
}
