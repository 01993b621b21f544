import GRDB
public import ScoringCore

/// Everything the scoring rules need, read in one consistent snapshot.
public struct ScoringInput: Sendable {
    public var competition: Competition
    public var competitors: [Competitor]
    public var marks: [Mark]
    public var times: [TimeUsed]
}

extension ScoreDatabase {
    /// The competitors on the roster, in the order they were added.
    public func competitors() throws -> [Competitor] {
        try writer.read { db in try Self.competitors(db) }
    }

    static func competitors(_ db: Database) throws -> [Competitor] {
        try Row.fetchAll(db, sql: "SELECT number, name, unit, trade_id, status FROM competitor ORDER BY id").map {
            Competitor(
                number: CompetitorNumber($0["number"]), name: $0["name"], unit: $0["unit"],
                trade: TradeID($0["trade_id"]), status: Competitor.Status(rawValue: $0["status"]) ?? .active)
        }
    }

    public func scoringInput() throws -> ScoringInput {
        try writer.read { db in
            let competition = try Self.competition(db)
            let competitors = try Self.competitors(db)
            var marks: [Mark] = []
            marks.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? 0)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.number, m.round_id, m.judge_id, m.criterion_id, m.value_h
                    FROM mark m JOIN competitor c ON c.id = m.competitor_id
                    """)
            while let row = try rows.next() {
                let criterion: String = row[3]
                marks.append(
                    Mark(
                        number: CompetitorNumber(row[0]), round: RoundID(row[1]), judge: JudgeID(row[2]),
                        criterion: criterion.isEmpty ? nil : CriterionID(criterion), value: Points(hundredths: row[4])))
            }
            let times = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.number, t.round_id, t.seconds
                    FROM time_used t JOIN competitor c ON c.id = t.competitor_id
                    """
            ).map { TimeUsed(number: CompetitorNumber($0[0]), round: RoundID($0[1]), seconds: $0[2]) }
            return ScoringInput(competition: competition, competitors: competitors, marks: marks, times: times)
        }
    }

    /// Counts, for the status overview.
    public func markCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? 0 }
    }
}
