/// The facts one audit record sets or removes, as the text that the record's hash covers:
/// a line `=VALUE<tab>KEY` per fact set and `-KEY` per fact removed. An import's marks use
/// a shorter form (see `setImportedMark`).
public struct AuditChanges: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The code of each (round, judge, criterion) slot written so far in this record, indexed
    /// by the caller's slot number; -1 for one not written yet.
    private var slotCodes: [Int] = []
    private var slotCount = 0

    public init() {}

    /// Room for `capacity` bytes up front, so a large record grows without copying.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func set(_ fact: AuditFact, to value: String) {
        bytes.append(UInt8(ascii: "="))
        bytes.append(contentsOf: AuditText.escaped(value).utf8)
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(contentsOf: fact.key.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `set` for a fact already in bytes: its key, and its value escaped.
    mutating func set(key: UnsafeBufferPointer<UInt8>, escapedValue: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "="))
        bytes.append(contentsOf: escapedValue)
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(contentsOf: key)
        bytes.append(UInt8(ascii: "\n"))
    }

    public mutating func remove(_ fact: AuditFact) {
        bytes.append(UInt8(ascii: "-"))
        bytes.append(contentsOf: fact.key.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The last value this record sets for `fact`, if any.
    func value(of fact: AuditFact) -> String? {
        var found: String?
        forEach { key, value in if key == fact { found = value } }
        return found
    }
}

extension AuditChanges {
    /// `set(AuditFact("mark", …), to: value.description)` without the per-row strings:
    /// imports record millions of marks.
    mutating func setMark(number: String, round: String, judge: String, criterion: String, hundredths: Int64) {
        bytes.append(UInt8(ascii: "="))
        MarkFacts.appendValue(hundredths, to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        MarkFacts.appendKey(
            number: number.utf8, round: round.utf8, judge: judge.utf8, criterion: criterion.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The same fact as `setMark`, for the marks of an import, which share a few (round,
    /// judge, criterion) slots: each slot is written once as `#CODE<tab>ROUND<tab>JUDGE<tab>
    /// CRITERION`, then each mark as `*CODE<tab>NUMBER<tab>VALUE`, under half the bytes.
    /// `slot` is the caller's small number for the slot (its positions in the competition);
    /// `ids` names it, asked only the first time the slot appears in this record.
    mutating func setImportedMark(
        number: String, slot: Int, hundredths: Int64, ids: () -> (round: String, judge: String, criterion: String)
    ) {
        if slot >= slotCodes.count { slotCodes += repeatElement(-1, count: slot + 1 - slotCodes.count) }
        var code = slotCodes[slot]
        if code < 0 {
            code = slotCount
            slotCount += 1
            slotCodes[slot] = code
            let (round, judge, criterion) = ids()
            bytes.append(UInt8(ascii: "#"))
            AuditText.appendDigits(UInt64(code), to: &bytes)
            for part in [round, judge, criterion] {
                bytes.append(UInt8(ascii: "\t"))
                appendEscaped(part)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        var number = number.utf8.contains(where: AuditText.isSeparator) ? AuditText.escaped(number) : number
        number.withUTF8 { number in
            // The line in one append: appending byte by byte checked the array's room each time.
            // Room: `*`, 20 digits, two tabs, the number, `-`, 17 digits, `.`, 2 digits, `\n`.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: number.count + 48) { line in
                var end = 0
                line[end] = UInt8(ascii: "*")
                end += 1
                Self.put(UInt64(code), into: line, at: &end)
                line[end] = UInt8(ascii: "\t")
                end += 1
                for byte in number {
                    line[end] = byte
                    end += 1
                }
                line[end] = UInt8(ascii: "\t")
                end += 1
                if hundredths < 0 {
                    line[end] = UInt8(ascii: "-")
                    end += 1
                }
                Self.put(hundredths.magnitude / 100, into: line, at: &end)
                line[end] = UInt8(ascii: ".")
                line[end + 1] = UInt8(ascii: "0") + UInt8(hundredths.magnitude % 100 / 10)
                line[end + 2] = UInt8(ascii: "0") + UInt8(hundredths.magnitude % 10)
                line[end + 3] = UInt8(ascii: "\n")
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<(end + 4)]))
            }
        }
    }

    /// Writes `value`'s decimal digits at `end` (at most 20) and moves `end` past them.
    private static func put(_ value: UInt64, into line: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        var value = value
        let start = end
        repeat {
            line[end] = UInt8(ascii: "0") + UInt8(value % 10)
            end += 1
            value /= 10
        } while value > 0
        line[start..<end].reverse()
    }

    private mutating func appendEscaped(_ text: String) {
        AuditText.appendEscaped(text.utf8, to: &bytes)
    }

}
