import GRDB
import Testing

@testable import ScoreStore

/// The stored rows' facts read through SQLite's C API are byte for byte the lines the GRDB
/// `Row` reading gives, whatever a hand edit put in a column: the chains written before this
/// reading must still verify, and an edit must still differ.
struct AuditRowFactLinesTests {
    @Test func rowsOfEveryKindOfValueGiveTheSameLinesBothWays() throws {
        let database = try sampleDatabase()
        _ = try database.importMarks(
            file: "marks.csv", clerk: "王芳", replace: false,
            nextRow: rows(markRows([("1", "practical", "J1", "30", "prep"), ("2", "theory", "T1", "80", "")])))
        try database.writer.write { db in
            // Text with separators, a NUL, invalid UTF-8 and Chinese; NULL, a real, a blob, a negative id.
            try db.execute(
                sql: """
                    INSERT INTO entry_batch (id, kind, file, clerk) VALUES
                        (100, 'import', 'a\tb\\c' || char(10) || 'd', '李明'),
                        (101, 'import', NULL, 'x' || char(0) || 'y'),
                        (102, 'import', CAST(x'41ff42' AS TEXT), x'00ff10'),
                        (-7, 'import', 1.5, 25);
                    INSERT INTO pin_failure (judge_id, at, reason) VALUES ('J1', 1.5, ''), ('J2', -3, 'pin');
                    """)
        }
        var bytes: [String] = []
        try database.writer.read { db in
            try AuditRowFacts.currentFactLines(db) { key, value in
                bytes.append(Self.text(key) + "=" + (value.map(Self.text) ?? "-"))
            }
        }
        var strings: [String] = []
        try database.writer.read { db in
            try AuditRowFacts.currentFacts(db) { fact, value in
                strings.append(fact.key + "=" + AuditText.escaped(value))
            }
        }
        #expect(bytes == strings)
        // What an audit record states for the rows added since the last one: the same lines.
        var changes = AuditChanges()
        try database.writer.write { db in try AuditRowFacts.collect(into: &changes, db) }
        var collected: [String] = []
        changes.forEach { fact, value in collected.append(fact.key + "=" + AuditText.escaped(value ?? "-")) }
        #expect(collected.count == 5)
        #expect(collected.allSatisfy { strings.contains($0) })
        #expect(bytes.count >= 6)
        // Columns are joined by a tab, escaped in the value; key parts by a tab as it is.
        #expect(bytes.contains { $0.hasPrefix("row:entry_batch\t-7=kind=import\\tfile=1.5\\tclerk=25\\t") })
        #expect(bytes.contains { $0.hasPrefix("row:entry_batch\t101=kind=import\\tfile=null\\tclerk=x\\t") })
        #expect(bytes.contains { $0.hasSuffix("=judge_id=J1\\tat=1.5\\treason=") })
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
