import GRDB
import Messages
public import ScoringCore

/// Every trade's sheet, scored from one consistent snapshot.
public struct ScoredCompetition: Sendable {
    public var competition: Competition
    public var trades: [TradeResults]
}

extension ScoreDatabase {
    /// Scores trade by trade, reading only that trade's marks and times each time: holding
    /// every mark of a 2-million-mark competition at once took 490 MB.
    /// `progress` is told after each trade: how many are done, of how many.
    public func scoredCompetition(progress: ((_ done: Int, _ of: Int) -> Void)? = nil) throws -> ScoredCompetition {
        try writer.read { db in
            let competition = try Self.competition(db)
            let trades = try competition.trades.enumerated().map { index, trade in
                defer { progress?(index + 1, competition.trades.count) }
                return try Self.tradeResults(trade.id, of: competition, db)
            }
            return ScoredCompetition(competition: competition, trades: trades)
        }
    }

    /// One trade's sheet (publication, locks): only that trade's marks are read.
    public func scoredTrade(_ trade: TradeID) throws -> ScoredCompetition {
        try writer.read { db in
            let competition = try Self.competition(db)
            return ScoredCompetition(
                competition: competition, trades: [try Self.tradeResults(trade, of: competition, db)])
        }
    }

    static func tradeResults(_ trade: TradeID, of competition: Competition? = nil, _ db: Database) throws
        -> TradeResults
    {
        let competition = try competition ?? Self.competition(db)
        guard let definition = competition.trade(trade) else {
            throw Refusal.unknownTrade(trade.rawValue, in: competition)
        }
        let (competitors, marks) = try tradeEntries(trade, db)
        let times = Scoring.timesByCompetitor(try tradeTimes(trade, db))
        return Scoring(competition: competition).results(
            for: definition, competitors: competitors, marks: marks, times: times)
    }

    /// The times used by one trade's competitors.
    static func tradeTimes(_ trade: TradeID, _ db: Database) throws -> [TimeUsed] {
        var times: [TimeUsed] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.number, t.round_id, t.seconds
                FROM competitor c JOIN time_used t ON t.competitor_id = c.id
                WHERE c.trade_id = ?
                """,
            arguments: [trade.rawValue])
        while let row = try rows.next() {
            times.append(TimeUsed(number: CompetitorNumber(row[0]), round: RoundID(row[1]), seconds: row[2]))
        }
        return times
    }

    /// One trade's competitors (roster order) and their marks, grouped by competitor.
    static func tradeEntries(_ trade: TradeID, _ db: Database) throws -> ([Competitor], [CompetitorNumber: [Mark]]) {
        var numbers: [Int64: CompetitorNumber] = [:]
        let competitors = try Row.fetchAll(
            db, sql: "SELECT id, number, name, unit, status FROM competitor WHERE trade_id = ? ORDER BY id",
            arguments: [trade.rawValue]
        ).map { row in
            let number = CompetitorNumber(row[1])
            numbers[row[0]] = number
            return Competitor(
                number: number, name: row[2], unit: row[3], trade: trade,
                status: Competitor.Status(rawValue: row[4]) ?? .active)
        }
        var marks: [CompetitorNumber: [Mark]] = [:]
        marks.reserveCapacity(competitors.count)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.competitor_id, m.round_id, m.judge_id, m.criterion_id, m.value_h
                FROM competitor c JOIN mark m ON m.competitor_id = c.id
                WHERE c.trade_id = ?
                """,
            arguments: [trade.rawValue])
        // Rows come competitor by competitor (the key of both tables): gather each one's
        // marks, then store them once (appended, should the plan ever interleave them).
        var current: (id: Int64, marks: [Mark])?
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if current?.id != id {
                if let (done, list) = current, let number = numbers[done] {
                    marks[number, default: []].append(contentsOf: list)
                }
                current = (id, [])
            }
            guard let number = numbers[id] else { continue }
            let criterion: String = row[3]
            current?.marks.append(
                Mark(
                    number: number, round: RoundID(row[1]), judge: JudgeID(row[2]),
                    criterion: criterion.isEmpty ? nil : CriterionID(criterion), value: Points(hundredths: row[4])))
        }
        if let (done, list) = current, let number = numbers[done] {
            marks[number, default: []].append(contentsOf: list)
        }
        return (competitors, marks)
    }
}
