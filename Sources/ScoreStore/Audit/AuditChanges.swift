/// One fact of the recorded state, e.g. `AuditFact("mark", number, round, judge, criterion)`.
/// Its key is the parts, escaped and joined by tabs, so that any text can be a part.
public struct AuditFact: Hashable, Sendable, CustomStringConvertible {
    public let key: String

    public init(_ kind: String, _ parts: String...) {
        self.init(parts: [kind] + parts)
    }

    init(parts: [String]) {
        key = parts.map(AuditText.escaped).joined(separator: "\t")
    }

    init(key: String) {
        self.key = key
    }

    public var parts: [String] {
        key.split(separator: "\t", omittingEmptySubsequences: false).map { AuditText.unescaped(String($0)) }
    }

    /// Readable: `mark 1023 practical J3 C2`.
    public var description: String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
}

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

/// Escapes the separators of the change lines, so a name with a tab or newline cannot forge a fact.
enum AuditText {
    /// A byte that `escaped` rewrites: backslash, tab, newline, carriage return.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Appends `text` escaped, byte for byte as `escaped` writes it.
    static func appendEscaped<Text: Collection<UInt8>>(_ text: Text, to bytes: inout [UInt8]) {
        guard text.contains(where: isSeparator) else {
            bytes.append(contentsOf: text)
            return
        }
        for byte in text {
            switch byte {
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    /// Appends `value` in decimal digits.
    static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Appends escaped text in its one spelling: what `escaped(unescaped(text))` gives.
    static func appendCanonical(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard text.contains(where: isSeparator) else {
            bytes.append(contentsOf: text)
            return
        }
        appendEscaped(unescaped(String(decoding: text, as: UTF8.self)).utf8, to: &bytes)
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isSeparator) else { return text }
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A value of several parts (a competitor's trade, status, name, unit) as `a / b / c`.
    static func readable(_ value: String) -> String {
        value.split(separator: "\t", omittingEmptySubsequences: false).map { unescaped(String($0)) }
            .joined(separator: " / ")
    }

    /// Byte by byte: an escape is ASCII, so it never splits a character. (`String.contains` and
    /// appending scalar by scalar were a quarter of `audit verify`, which every lock runs.)
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var escaping = false
        for byte in text.utf8 {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                default: result.append(byte)
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
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
