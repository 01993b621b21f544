import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Stores a checked competition definition. Refuses when one is stored already.
    /// The audit log starts with its digest, so a definition edited by hand is found.
    /// `replacing`: the database this one replaces (`init --force`), whose chain the new one continues.
    public func saveCompetition(_ competition: Competition, by actor: String, replacing: ReplacedDatabase? = nil)
        throws
    {
        try writer.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT id FROM competition") {
                throw Refusal(.alreadyHasCompetition, ["competition": existing])
            }
            try db.execute(
                sql: "INSERT INTO competition (id, name, percent_rounding) VALUES (?, ?, ?)",
                arguments: [competition.id, competition.name, competition.percentRounding.rawValue])
            for (position, trade) in competition.trades.enumerated() {
                try db.execute(
                    sql: "INSERT INTO trade (id, position, name) VALUES (?, ?, ?)",
                    arguments: [trade.id.rawValue, position, trade.name])
            }
            for (position, round) in competition.rounds.enumerated() {
                try insert(round, at: position, db)
            }
            for (position, judge) in competition.judges.enumerated() {
                try db.execute(
                    sql: "INSERT INTO judge (id, position, name, unit, chief) VALUES (?, ?, ?, ?, ?)",
                    arguments: [judge.id.rawValue, position, judge.name, judge.unit ?? "", judge.chief])
            }
            for (position, key) in competition.tieBreak.enumerated() {
                let (kind, round) =
                    switch key {
                    case .round(let id): ("round", id)
                    case .time(let id): ("time", id)
                    }
                try db.execute(
                    sql: "INSERT INTO tie_break (position, kind, round_id) VALUES (?, ?, ?)",
                    arguments: [position, kind, round.rawValue])
            }
            for (position, tier) in competition.prizes.enumerated() {
                var count: Int?
                var percent: Int64?
                switch tier.quota {
                case .count(let value): count = value
                case .percent(let value): percent = value.hundredths
                }
                try db.execute(
                    sql: """
                        INSERT INTO prize_tier (position, name, count, percent_h, title, min_total_h)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [position, tier.name, count, percent, tier.title, tier.minTotal?.hundredths])
            }
            try Self.saveMaxSpreads(of: competition, db)
            try Self.saveIntegrityDefinition(competition, db)
            try Self.saveDocumentSettings(competition.documents, db)
            var changes = IntegrityFacts.definitionChanges(competition)
            changes.set(DefinitionFacts.fact, to: try DefinitionFacts.digest(db))
            MaxSpreadFacts.set(competition, in: &changes)
            try Self.saveSafeguards(competition, into: &changes, db)
            var summary = "judge init: \(competition.id) \(competition.name)"
            if let replacing {
                changes.set(AuditRecord.replacedDatabaseFact, to: replacing.description)
                try db.execute(
                    sql: "INSERT INTO competition_option (name, value) VALUES (?, ?)",
                    arguments: [ReplacedDatabase.option, replacing.description])
                summary += " (replaces \(replacing.description))"
            }
            try Self.appendAudit(
                kind: "competition.init", actor: actor, summary: summary, changes: changes,
                continuing: replacing?.lastHash, db)
        }
    }

    private func insert(_ round: Round, at position: Int, _ db: Database) throws {
        var trim: Int?
        if case .trimmedMean(let value) = round.aggregate { trim = value }
        var top: Int?
        var minimum: Int64?
        switch round.qualify?.cut {
        case .top(let count): top = count
        case .minScore(let score): minimum = score.hundredths
        case nil: break
        }
        try db.execute(
            sql: """
                INSERT INTO round (id, position, name, max_h, weight_h, aggregate, trim, judges,
                                   qualify_after, qualify_top, qualify_min_h)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                round.id.rawValue, position, round.name, round.max.hundredths, round.weight.hundredths,
                round.aggregate.description, trim, round.judges, round.qualify?.after.rawValue, top, minimum,
            ])
        for (criterionPosition, criterion) in round.criteria.enumerated() {
            try db.execute(
                sql: "INSERT INTO criterion (round_id, id, position, name, max_h) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    round.id.rawValue, criterion.id.rawValue, criterionPosition, criterion.name,
                    criterion.max.hundredths,
                ])
        }
    }

    /// The stored competition definition.
    public func competition() throws -> Competition {
        try writer.read { db in try Self.competition(db) }
    }

    static func competition(_ db: Database) throws -> Competition {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, percent_rounding FROM competition") else {
            throw Refusal(.noCompetition)
        }
        let trades = try Row.fetchAll(db, sql: "SELECT id, name FROM trade ORDER BY position").map {
            Trade(id: TradeID($0["id"]), name: $0["name"])
        }
        let criteria = Dictionary(
            grouping: try Row.fetchAll(db, sql: "SELECT round_id, id, name, max_h FROM criterion ORDER BY position"),
            by: { $0["round_id"] as String })
        let maxSpreads = try Self.maxSpreads(db)
        let rounds = try Row.fetchAll(db, sql: "SELECT * FROM round ORDER BY position").map { row in
            let id: String = row["id"]
            return Round(
                id: RoundID(id), name: row["name"], max: Points(hundredths: row["max_h"]),
                weight: Points(hundredths: row["weight_h"]), aggregate: aggregation(row),
                judges: row["judges"],
                criteria: (criteria[id] ?? []).map {
                    Criterion(id: CriterionID($0["id"]), name: $0["name"], max: Points(hundredths: $0["max_h"]))
                },
                qualify: qualification(row), maxSpread: maxSpreads[id])
        }
        let judges = try Row.fetchAll(db, sql: "SELECT id, name, unit, chief FROM judge ORDER BY position").map {
            Judge(id: JudgeID($0["id"]), name: $0["name"], unit: $0["unit"] as String, chief: $0["chief"])
        }
        let tieBreak = try Row.fetchAll(db, sql: "SELECT kind, round_id FROM tie_break ORDER BY position").map {
            let round = RoundID($0["round_id"])
            return ($0["kind"] as String) == "time" ? TieBreakKey.time(round) : .round(round)
        }
        let prizes = try Row.fetchAll(db, sql: "SELECT * FROM prize_tier ORDER BY position").map { row in
            let count: Int? = row["count"]
            let percent: Int64? = row["percent_h"]
            let minTotal: Int64? = row["min_total_h"]
            return PrizeTier(
                name: row["name"],
                quota: count.map { .count($0) } ?? .percent(Percent(hundredths: percent ?? 0)),
                title: row["title"], minTotal: minTotal.map { Points(hundredths: $0) })
        }
        var competition = Competition(
            id: row["id"], name: row["name"], trades: trades, rounds: rounds, judges: judges,
            tieBreak: tieBreak, percentRounding: PercentRounding(rawValue: row["percent_rounding"]) ?? .floor,
            prizes: prizes)
        try loadIntegrityDefinition(into: &competition, db)
        competition.documents = try loadDocumentSettings(db)
        try loadSafeguards(into: &competition, db)
        // A database edited by hand must not reach the rules with a definition they refuse.
        do {
            try competition.validate()
        } catch {
            let problem = Refusal(error)
            let at = "\(error.path): \(error.value) — "
            throw Refusal(
                .invalidCompetition,
                ["problem": at + problem.message(in: .en), "problem.zh": at + problem.message(in: .zh)])
        }
        return competition
    }

    private static func aggregation(_ row: Row) -> Aggregation {
        switch row["aggregate"] as String {
        case "single": .single
        case "trimmed-mean": .trimmedMean(trim: row["trim"] ?? 1)
        case "median": .median
        default: .mean
        }
    }

    private static func qualification(_ row: Row) -> Qualification? {
        guard let after: String = row["qualify_after"] else { return nil }
        if let top: Int = row["qualify_top"] {
            return Qualification(after: RoundID(after), cut: .top(top))
        }
        return Qualification(after: RoundID(after), cut: .minScore(Points(hundredths: row["qualify_min_h"] ?? 0)))
    }
}
