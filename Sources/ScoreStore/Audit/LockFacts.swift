import GRDB
import ScoringCore

/// Each round's max_spread: a definition table of its own beside v1's round table.
enum MaxSpreadFacts: AuditFactSource {
    static func fact(round: String) -> AuditFact { AuditFact("max_spread", round) }

    static func set(_ competition: Competition, in changes: inout AuditChanges) {
        for round in competition.rounds {
            if let spread = round.maxSpread { changes.set(fact(round: round.id.rawValue), to: spread.description) }
        }
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT round_id, max_spread_h FROM round_max_spread ORDER BY round_id")
        while let row = try rows.next() {
            try emit(fact(round: row[0]), Points(hundredths: row[1]).description)
        }
    }
}

/// Each locked round of a trade: who locked it and when.
enum RoundLockFacts: AuditFactSource {
    static func fact(_ trade: TradeID, _ round: RoundID) -> AuditFact {
        AuditFact("lock", trade.rawValue, round.rawValue)
    }

    static func value(_ lock: RoundLock) -> String {
        "\(lock.chief) \(lock.lockedAt)"
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM round_lock ORDER BY trade_id, round_id") {
            let lock = RoundLock(row)
            try emit(fact(lock.trade, lock.round), value(lock))
        }
    }
}

/// Each chief judge's confirmation of flagged marks: the marks confirmed, by whom, and why.
enum SpreadConfirmationFacts: AuditFactSource {
    static func fact(_ number: CompetitorNumber, _ round: RoundID) -> AuditFact {
        AuditFact("spread_confirmation", number.rawValue, round.rawValue)
    }

    static func value(_ confirmation: SpreadConfirmation) -> String {
        [confirmation.marks, confirmation.chief.rawValue, confirmation.confirmedAt, confirmation.reason]
            .map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for confirmation in try ScoreDatabase.spreadConfirmations(db) {
            try emit(fact(confirmation.number, confirmation.round), value(confirmation))
        }
    }
}

/// Each correction by its batch: the mark corrected, by whom, and why.
enum CorrectionFacts: AuditFactSource {
    static func fact(batch: Int64) -> AuditFact { AuditFact("correction", String(batch)) }

    static func value(mark: AuditFact, chief: String, reason: String) -> String {
        [mark.description, chief, reason].map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT x.batch_id, c.number, x.round_id, x.judge_id, x.criterion_id, x.chief, x.reason
                FROM mark_correction x JOIN competitor c ON c.id = x.competitor_id
                ORDER BY x.batch_id
                """)
        while let row = try rows.next() {
            let mark = MarkFacts.fact(number: row[1], round: row[2], judge: row[3], criterion: row[4])
            try emit(fact(batch: row[0]), value(mark: mark, chief: row[5], reason: row[6]))
        }
    }
}
