import Crypto
import GRDB
import ScoringCore

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
