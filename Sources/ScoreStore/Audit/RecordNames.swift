import GRDB
import Messages

/// Records named in messages, read again by number: only a record's description is worth a
/// lookup, only when something differs, and only once (not its facts, which may be millions).
struct RecordNames {
    let db: Database
    private var names: [Int64: Bilingual] = [:]

    init(_ db: Database) {
        self.db = db
    }

    mutating func name(_ seq: Int64) throws -> Bilingual {
        if let name = names[seq] { return name }
        let name =
            try Row.fetchOne(db, sql: "SELECT seq, kind, actor, at FROM audit_log WHERE seq = ?", arguments: [seq])
            .map { ScoreDatabase.describe(seq: $0["seq"], kind: $0["kind"], actor: $0["actor"], at: $0["at"]) }
            ?? ScoreDatabase.describe(nil)
        names[seq] = name
        return name
    }
}
