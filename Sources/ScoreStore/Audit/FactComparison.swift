import GRDB
import Messages
import StoreValues

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one pass of `judge audit verify` over `ComparedFacts` in key order. Each key's logged
/// lines come first, in the order the records stated them: the last one says what the log
/// holds (a value, or nothing after a removal). Then the database's fact of that key, if any,
/// which must agree. A stored row (`AuditRowFacts`) stated again with another value is a forged
/// record. State lives in this struct, not in variables a closure captures, so that no access
/// is checked for exclusivity at run time: the pass runs once per fact, millions of times.
struct FactComparison {
    /// Forged records, added to the chain's own problems.
    var broken: ProblemList
    /// What differs between the log and the database.
    private(set) var differences = ProblemList(limit: AuditVerification.shownLimit)
    /// Whether the database's facts are there to compare: not when the chain is broken.
    let comparing: Bool
    private var names: RecordNames
    private var key: [UInt8] = []
    private var value: [UInt8] = []
    private var seq: Int64 = 0
    /// Whether the log holds a value for `key` not yet taken by the database's fact.
    private var logged = false
    private var started = false

    init(broken: ProblemList, comparing: Bool, _ db: Database) {
        self.broken = broken
        self.comparing = comparing
        names = RecordNames(db)
    }

    /// One row of `ComparedFacts.inKeyOrder`.
    mutating func take(_ row: SQLiteRows.Columns) throws {
        let key = row.text(0)
        if !started || !Self.same(self.key, key) {
            try finishKey()
            self.key.removeAll(keepingCapacity: true)
            self.key.append(contentsOf: key)
            logged = false
            started = true
        }
        let value = row.text(2)
        if row.int64(1) == ComparedFacts.Side.logged.rawValue {
            guard !row.isNull(2) else {
                logged = false
                return
            }
            let seq = row.int64(3)
            if logged, AuditRowFacts.isRowFact(key), !Self.same(self.value, value) {
                try broken.note(at: ProblemList.Place(first: seq, second: 1 + row.int64(4))) {
                    let (record, earlier) = (try names.name(seq), try names.name(self.seq))
                    let values = [
                        "fact": Self.name(key), "value": Self.readable(value), "before": Self.readable(self.value),
                    ]
                    return Bilingual {
                        Phrase.auditRowForged.text(
                            in: $0,
                            values.merging(["record": record.text(in: $0), "earlier": earlier.text(in: $0)]) { $1 })
                    }
                }
            }
            self.value.removeAll(keepingCapacity: true)
            self.value.append(contentsOf: value)
            self.seq = seq
            logged = true
            return
        }
        guard comparing else { return }
        guard logged else {
            differences.note(at: ProblemList.Place(first: row.int64(4))) {
                let values = ["fact": Self.name(key), "value": Self.readable(value)]
                return Bilingual { Phrase.auditFactUnlogged.text(in: $0, values) }
            }
            return
        }
        // Taken: a second fact of the database with the same key is one no record gives.
        logged = false
        if !Self.same(self.value, value) {
            try differences.note(at: ProblemList.Place(first: row.int64(4))) {
                let record = try names.name(seq)
                let values = [
                    "fact": Self.name(key), "value": Self.readable(value), "logged": Self.readable(self.value),
                ]
                return Bilingual {
                    Phrase.auditFactDiffers.text(in: $0, values.merging(["record": record.text(in: $0)]) { $1 })
                }
            }
        }
    }

    /// After the last row: the last key's end.
    mutating func finish() throws {
        try finishKey()
        started = false
    }

    /// A value the log holds that the database lacks.
    private mutating func finishKey() throws {
        guard comparing, logged else { return }
        logged = false
        var place = ProblemList.Place(group: 1, first: seq)
        // Listed by record, then key; the key is worth a `String` only if it may be shown.
        if differences.keeps(place) { place.key = String(decoding: key, as: UTF8.self) }
        try differences.note(at: place) {
            let (record, fact) = (try names.name(seq), "\(AuditFact(key: place.key))")
            let value = Self.readable(value)
            return Bilingual {
                Phrase.auditFactMissing.text(in: $0, ["fact": fact, "value": value, "record": record.text(in: $0)])
            }
        }
    }

    /// A fact's key as a message names it: `mark 1023 practical J3 C2`.
    private static func name(_ key: UnsafeBufferPointer<UInt8>) -> String {
        AuditFact(key: String(decoding: key, as: UTF8.self)).description
    }

    /// A stored (escaped) value as a message shows it: `nursery / active / 张三 / 甲公司`.
    private static func readable(_ value: UnsafeBufferPointer<UInt8>) -> String {
        AuditText.readable(AuditText.unescaped(String(decoding: value, as: UTF8.self)))
    }

    private static func readable(_ value: [UInt8]) -> String {
        value.withUnsafeBufferPointer { readable($0) }
    }

    private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count
            && (b.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 })
    }
}
