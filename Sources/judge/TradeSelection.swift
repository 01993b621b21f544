import ScoreStore
import ScoringCore

/// `--trade ID`: all trades, or one, refusing an unknown id with the known ones.
enum TradeSelection {
    /// All trades' results, or one trade's; an unknown trade id is refused with the known ones.
    static func results(_ input: ScoreStore.ScoringInput, trade: String?) throws -> [TradeResults] {
        let chosen = try trades(of: input.competition, trade: trade).map(\.id)
        return Scoring(competition: input.competition).results(
            competitors: input.competitors, marks: input.marks, times: input.times
        ).filter { chosen.contains($0.trade.id) }
    }

    static func trades(of competition: Competition, trade: String?) throws -> [Trade] {
        guard let trade else { return competition.trades }
        guard let chosen = competition.trade(TradeID(trade)) else {
            throw UserError(
                "--trade \(trade): no such trade; trades are \(competition.trades.map(\.id.rawValue).joined(separator: ", "))"
            )
        }
        return [chosen]
    }
}
