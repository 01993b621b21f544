import Crypto
import GRDB
import ScoringCore

/// A part of the stored state that `judge audit verify` compares with the replayed log.
protocol AuditFactSource {
    /// Every current fact of this part, in a stable order.
    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws

    /// The same facts as the bytes a change line holds: the key, and the value escaped.
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws
}

extension AuditFactSource {
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws {
        var escaped: [UInt8] = []
        try currentFacts(db) { fact, value in
            escaped.removeAll(keepingCapacity: true)
            AuditText.appendEscaped(value.utf8, to: &escaped)
            var key = fact.key
            try key.withUTF8 { key in try escaped.withUnsafeBufferPointer { try emit((key, $0)) } }
        }
    }
}

enum AuditFactSources {
    static var all: [any AuditFactSource.Type] {
        [
            DefinitionFacts.self, CompetitorFacts.self, MarkFacts.self, TimeFacts.self,
            MaxSpreadFacts.self, RoundLockFacts.self, SpreadConfirmationFacts.self, CorrectionFacts.self,
            IntegrityFacts.self,
            PublicationFacts.self, CompetitorChangeFacts.self, RevertFacts.self, AuditRowFacts.self, ClerkFacts.self,
        ]
    }
}

/// The competition definition as one fact: the SHA-256 of its tables, so that a weight or a
/// prize quota changed by hand is found.
enum DefinitionFacts: AuditFactSource {
    static let fact = AuditFact("definition")
    private static let tables = [
        ("competition", "id"), ("trade", "position"), ("round", "position"), ("criterion", "round_id, position"),
        ("judge", "position"), ("tie_break", "position"), ("prize_tier", "position"),
        ("document_settings", "rowid"),
    ]
    private static let optional: Set<String> = ["document_settings"]

    static func digest(_ db: Database) throws -> String {
        var hasher = SHA256()
        for (table, order) in tables {
            // A table added later counts only once it holds rows, so older digests still agree.
            if Self.optional.contains(table),
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") != true
            {
                continue
            }
            hasher.update(data: Array("table \(table)\n".utf8))
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
            while let row = try rows.next() {
                for (column, value) in row {
                    hasher.update(data: Array("\(column)=\(tagged(value))\n".utf8))
                }
                hasher.update(data: Array("\n".utf8))
            }
        }
        return hasher.finalize().hexDigits
    }

    private static func tagged(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let number): "int \(number)"
        case .double(let number): "real \(number)"
        case .string(let text): "text \(text.utf8.count):\(text)"
        case .blob(let data): "blob \(data.hexDigits)"
        }
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM competition)") == true else { return }
        try emit(fact, try digest(db))
    }
}

/// Each competitor by number: trade, status, name and unit.
enum CompetitorFacts: AuditFactSource {
    static func fact(number: String) -> AuditFact { AuditFact("competitor", number) }

    static func value(trade: String, status: String, name: String, unit: String) -> String {
        [trade, status, name, unit].map(AuditText.escaped).joined(separator: "\t")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT number, trade_id, status, name, unit FROM competitor ORDER BY id")
        while let row = try rows.next() {
            try emit(
                fact(number: row[0]), value(trade: row[1], status: row[2], name: row[3], unit: row[4]))
        }
    }
}

/// Each mark by competitor number, round, judge and criterion: its value.
enum MarkFacts: AuditFactSource {
    /// The one key of a mark's fact; `AuditChanges.setMark` and `setImportedMark` write the
    /// same key byte for byte without building it.
    static func fact(number: String, round: String, judge: String, criterion: String) -> AuditFact {
        AuditFact("mark", number, round, judge, criterion)
    }

    /// The key of `fact(number:round:judge:criterion:)`, appended as bytes.
    static func appendKey<Part: Collection<UInt8>>(
        number: Part, round: Part, judge: Part, criterion: Part, to bytes: inout [UInt8]
    ) {
        // Part by part, with no array of the four: this runs once per stored mark.
        bytes.append(contentsOf: "mark\t".utf8)
        AuditText.appendEscaped(number, to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        AuditText.appendEscaped(round, to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        AuditText.appendEscaped(judge, to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        AuditText.appendEscaped(criterion, to: &bytes)
    }

    /// Hundredths as `85.50`, exactly as `Points.description` writes them.
    static func appendValue(_ hundredths: Int64, to bytes: inout [UInt8]) {
        if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = hundredths.magnitude
        AuditText.appendDigits(magnitude / 100, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 100 / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        try currentFactLines(db) { key, value in
            try emit(AuditFact(key: String(decoding: key, as: UTF8.self)), String(decoding: value!, as: UTF8.self))
        }
    }

    /// Stepped through SQLite's C API: a national competition holds millions of marks.
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws {
        let rows = try db.makeStatement(
            sql: """
                SELECT c.number, m.round_id, m.judge_id, m.criterion_id, m.value_h
                FROM mark m JOIN competitor c ON c.id = m.competitor_id
                """)
        var key: [UInt8] = []
        var value: [UInt8] = []
        try SQLiteRows(statement: rows).forEach { row in
            key.removeAll(keepingCapacity: true)
            appendKey(number: row.text(0), round: row.text(1), judge: row.text(2), criterion: row.text(3), to: &key)
            value.removeAll(keepingCapacity: true)
            appendValue(row.int64(4), to: &value)
            try key.withUnsafeBufferPointer { key in try value.withUnsafeBufferPointer { try emit((key, $0)) } }
        }
    }
}

/// Each time used by competitor number and round: seconds.
enum TimeFacts: AuditFactSource {
    static func fact(number: String, round: String) -> AuditFact { AuditFact("time", number, round) }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.number, t.round_id, t.seconds FROM time_used t JOIN competitor c ON c.id = t.competitor_id
                ORDER BY c.id, t.round_id
                """)
        while let row = try rows.next() {
            try emit(fact(number: row[0], round: row[1]), String(row[2] as Int64))
        }
    }
}
