import Testing

@testable import ScoreStore

/// The change lines an audit record's hash covers read back as the facts they were given.
struct AuditChangesTests {
    @Test func importedMarksReadBackAsTheSameFactsAsFullLines() {
        let marks: [(number: String, round: String, judge: String, criterion: String, hundredths: Int64)] = [
            ("1023", "practical", "J3", "skill", 5_250), ("1023", "practical", "J3", "prep", 3_100),
            ("tab\there", "theory", "T1", "", 8_550), ("back\\slash\nnew", "practical", "J3", "skill", 7),
            ("1024", "practical", "J3", "skill", 10_000),
        ]
        var compact = AuditChanges()
        var full = AuditChanges()
        var slots: [String: Int] = [:]
        for mark in marks {
            // Sparse slot numbers, as positions in a competition are.
            let name = "\(mark.round)/\(mark.judge)/\(mark.criterion)"
            let slot = slots[name] ?? slots.count * 7
            slots[name] = slot
            compact.setImportedMark(number: mark.number, slot: slot, hundredths: mark.hundredths) {
                (mark.round, mark.judge, mark.criterion)
            }
            full.setMark(
                number: mark.number, round: mark.round, judge: mark.judge, criterion: mark.criterion,
                hundredths: mark.hundredths)
        }
        var read: [String] = []
        compact.forEach { fact, value in read.append("\(fact.key)=\(value ?? "-")") }
        var expected: [String] = []
        full.forEach { fact, value in expected.append("\(fact.key)=\(value ?? "-")") }
        #expect(read == expected)
        #expect(read[2] == "\(AuditFact("mark", "tab\there", "theory", "T1", "").key)=85.50")
        #expect(read[3].hasSuffix("=0.07"))
        // Three slots, each written once, and under half the bytes of the full lines.
        #expect(compact.bytes.filter { $0 == UInt8(ascii: "#") }.count == 3)
        #expect(compact.bytes.count * 2 < full.bytes.count + 120)
    }

    /// Any text, separators and Chinese included, reads back as written; a stray backslash is
    /// dropped, as the reading always did.
    @Test(arguments: ["", "plain", "张三\t李四", "a\\b", "line\nbreak\r", "\\\t\n\r", "育婴员\\", "é\u{301}\t"])
    func escapedTextReadsBackAsWritten(text: String) {
        #expect(AuditText.unescaped(AuditText.escaped(text)) == text)
        #expect(AuditFact(parts: [text, "x"]).parts == [text, "x"])
    }

    @Test func aBackslashBeforeAnyOtherCharacterIsDropped() {
        #expect(AuditText.unescaped("a\\qb\\王") == "aqb王")
        #expect(AuditText.unescaped("end\\") == "end")
    }

    @Test func setAndRemoveLinesReadBackInOrder() {
        var changes = AuditChanges()
        changes.set(AuditFact("lock", "nursery", "practical"), to: "J9\t2026-11-26")
        changes.remove(AuditFact("lock", "nursery", "practical"))
        var read: [String] = []
        changes.forEach { fact, value in read.append("\(fact) \(value ?? "(removed)")") }
        #expect(read == ["lock nursery practical J9\t2026-11-26", "lock nursery practical (removed)"])
    }
}
