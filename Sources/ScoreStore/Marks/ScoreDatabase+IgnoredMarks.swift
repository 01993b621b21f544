import GRDB
import Messages
public import ScoringCore

extension ScoreDatabase {
    static func admission(_ trade: TradeID, of competition: Competition, _ db: Database) throws -> TradeAdmission {
        guard let definition = competition.trade(trade) else {
            throw Refusal.unknownTrade(trade.rawValue, in: competition)
        }
        let entries = try tradeEntries(trade, db)
        return Scoring(competition: competition).admission(
            for: definition, competitors: entries.competitors, marks: entries.marks)
    }

    /// Who takes which round of every trade, and the advancement lists (晋级名单).
    public func admissions() throws -> [TradeAdmission] {
        try writer.read { db in
            let competition = try Self.competition(db)
            return try competition.trades.map { try Self.admission($0.id, of: competition, db) }
        }
    }
}
