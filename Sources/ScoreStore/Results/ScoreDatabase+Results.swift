import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// The one scoring read, behind every sheet, ranking, status and board: trade by trade,
    /// each scored from only its own marks and times (holding every mark of a
    /// 2-million-mark competition at once took 490 MB). `choose` picks the trades from the
    /// competition read in the same snapshot (all by default); `progress` is told after each
    /// trade: how many are done, of how many.
    public func scoredCompetition(
        choosing choose: (Competition) throws -> [Trade] = { $0.trades },
        progress: ((_ done: Int, _ of: Int) -> Void)? = nil
    ) throws -> ScoredCompetition {
        try writer.read { db in
            let competition = try Self.competition(db)
            let chosen = try choose(competition)
            let trades = try chosen.enumerated().map { index, trade in
                defer { progress?(index + 1, chosen.count) }
                return try Self.scoredTrade(trade, of: competition, db).results
            }
            return ScoredCompetition(competition: competition, trades: trades)
        }
    }

    /// One trade's sheet with every mark behind it, read in one snapshot: for the score detail
    /// sheet (评分明细) and the judges' consistency report.
    public func scoredTradeWithMarks(_ trade: TradeID) throws -> (
        competition: Competition, results: TradeResults, marks: [CompetitorNumber: [Mark]]
    ) {
        try writer.read { db in
            let competition = try Self.competition(db)
            let scored = try Self.scoredTrade(trade, of: competition, db)
            return (competition, scored.results, scored.marks)
        }
    }

    /// One trade's sheet, inside a transaction (locks, flags, corrections).
    static func tradeResults(_ trade: TradeID, _ db: Database) throws -> TradeResults {
        try scoredTrade(trade, of: competition(db), db).results
    }

    static func scoredTrade(_ trade: TradeID, of competition: Competition, _ db: Database) throws -> ScoredTrade {
        guard let definition = competition.trade(trade) else {
            throw Refusal.unknownTrade(trade.rawValue, in: competition)
        }
        return try scoredTrade(definition, of: competition, db)
    }

    /// Reads the trade's roster, marks and times, and scores them.
    static func scoredTrade(_ trade: Trade, of competition: Competition, _ db: Database) throws -> ScoredTrade {
        let (entries, times) = try tradeInput(trade.id, db)
        let results = Scoring(competition: competition).results(
            for: trade, competitors: entries.competitors, marks: entries.marks, times: times)
        return ScoredTrade(results: results, marks: entries.marks)
    }

    /// The trade scored as `scoredTrade` does, and who takes which round, from one scoring.
    static func scoredTradeAndAdmission(_ trade: TradeID, of competition: Competition, _ db: Database) throws
        -> (scored: ScoredTrade, admission: TradeAdmission)
    {
        guard let definition = competition.trade(trade) else {
            throw Refusal.unknownTrade(trade.rawValue, in: competition)
        }
        let (entries, times) = try tradeInput(trade, db)
        let (results, admission) = Scoring(competition: competition).resultsAndAdmission(
            for: definition, competitors: entries.competitors, marks: entries.marks, times: times)
        return (ScoredTrade(results: results, marks: entries.marks), admission)
    }

    /// What a trade is scored from: its entries and the times used.
    private static func tradeInput(_ trade: TradeID, _ db: Database) throws -> (
        entries: (competitors: [Competitor], numbers: [Int64: CompetitorNumber], marks: [CompetitorNumber: [Mark]]),
        times: [CompetitorNumber: [RoundID: Int]]
    ) {
        let entries = try tradeEntries(trade, db)
        var times: [CompetitorNumber: [RoundID: Int]] = [:]
        let rows = try SQLRequest<TimeRecord>(
            sql: "SELECT t.* FROM competitor c JOIN time_used t ON t.competitor_id = c.id WHERE c.trade_id = ?",
            arguments: [trade.rawValue]
        ).fetchIndexedCursor(db)
        while let time = try rows.next() {
            guard let number = entries.numbers[time.competitorID] else { continue }
            times[number, default: [:]][RoundID(time.roundID)] = time.seconds
        }
        return (entries, times)
    }

    /// One trade's competitors (roster order), their numbers by row id, and their marks grouped
    /// by competitor: what its sheet and its admissions are computed from.
    static func tradeEntries(_ trade: TradeID, _ db: Database) throws -> (
        competitors: [Competitor], numbers: [Int64: CompetitorNumber], marks: [CompetitorNumber: [Mark]]
    ) {
        let records = try CompetitorRecord.filter(CompetitorRecord.Columns.tradeID == trade.rawValue)
            .order(CompetitorRecord.Columns.id).fetchIndexedAll(db)
        var numbers: [Int64: CompetitorNumber] = [:]
        numbers.reserveCapacity(records.count)
        for record in records { numbers[record.id] = CompetitorNumber(record.number) }
        return (records.map(\.competitor), numbers, try tradeMarks(trade, numbers: numbers, db))
    }

    /// The marks of one trade's competitors (`numbers`, by row id), grouped by competitor.
    private static func tradeMarks(_ trade: TradeID, numbers: [Int64: CompetitorNumber], _ db: Database) throws
        -> [CompetitorNumber: [Mark]]
    {
        var marks: [CompetitorNumber: [Mark]] = [:]
        marks.reserveCapacity(numbers.count)
        let rows = try SQLRequest<MarkValueRecord>(
            sql: """
                SELECT m.competitor_id, m.round_id, m.judge_id, m.criterion_id, m.value_h
                FROM competitor c JOIN mark m ON m.competitor_id = c.id WHERE c.trade_id = ?
                """,
            arguments: [trade.rawValue]
        ).fetchIndexedCursor(db)
        // Rows come competitor by competitor (the key of both tables): gather each one's
        // marks, then store them once (appended, should the plan ever interleave them).
        var current: (number: CompetitorNumber, marks: [Mark])?
        var currentID: Int64?
        while let record = try rows.next() {
            if currentID != record.competitorID {
                if let (number, list) = current { marks[number, default: []].append(contentsOf: list) }
                currentID = record.competitorID
                current = numbers[record.competitorID].map { ($0, []) }
            }
            guard let number = current?.number else { continue }
            current?.marks.append(record.mark(of: number))
        }
        if let (number, list) = current { marks[number, default: []].append(contentsOf: list) }
        return marks
    }
}
