import GRDB
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// The log in order. With `number`, only the records that change that competitor's facts
    /// (facts about a competitor carry the number as their first part after the kind).
    /// Without `number` or `withChanges`, the changes are left empty: an import's record holds
    /// millions of facts, not worth reading out to show none.
    public func auditEntries(number: CompetitorNumber? = nil, withChanges: Bool = true) throws -> [AuditEntry] {
        try writer.read { db in
            var entries: [AuditEntry] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY seq")
            while let row = try cursor.next() {
                let record = AuditRecord(row)
                var changes: [String] = []
                if number != nil || withChanges {
                    record.changes.forEach { fact, value in
                        if let number, fact.parts.dropFirst().first != number.rawValue { return }
                        // A clerk's entry stays blind: no listing shows its value.
                        let shown =
                            value.map {
                                AuditRowFacts.isBlind(fact)
                                    ? "(entered; the value is not shown)" : AuditText.readable($0)
                            }
                            ?? "(removed)"
                        changes.append("\(fact) = \(shown)")
                    }
                }
                if number != nil && changes.isEmpty { continue }
                entries.append(
                    AuditEntry(
                        seq: record.seq, at: record.at, kind: record.kind, actor: record.actor,
                        summary: record.summary, batch: record.batch, changes: changes))
            }
            return entries
        }
    }
}
