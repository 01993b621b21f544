/// The (round, judge, criterion) slots of one record's compact mark lines, by code: each as
/// the key's tail (`<tab>ROUND<tab>JUDGE<tab>CRITERION`, each part in its one spelling).
struct LineSlots {
    /// Codes as written (0, 1, 2 …), by number.
    private var numbered: [[UInt8]?] = []
    /// Any other code, which only a forged record holds.
    private var named: [String: [UInt8]] = [:]
    private static let unknown = Array("\t?\t?\t?".utf8)

    mutating func define(_ text: UnsafeBufferPointer<UInt8>) {
        let fields = text.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        var tail: [UInt8] = []
        for part in fields.dropFirst() {
            tail.append(UInt8(ascii: "\t"))
            AuditText.appendCanonical(UnsafeBufferPointer(rebasing: part), to: &tail)
        }
        let code = UnsafeBufferPointer(rebasing: fields[0])
        if let number = Self.number(code) {
            if number >= numbered.count { numbered += repeatElement(nil, count: number + 1 - numbered.count) }
            numbered[number] = tail
        } else {
            named[String(decoding: code, as: UTF8.self)] = tail
        }
    }

    func parts(_ code: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if let number = Self.number(code) {
            return number < numbered.count ? numbered[number] ?? Self.unknown : Self.unknown
        }
        return named[String(decoding: code, as: UTF8.self)] ?? Self.unknown
    }

    /// A code as `setImportedMark` writes it: decimal digits, no leading zero, at most six.
    private static func number(_ code: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...6).contains(code.count), code.count == 1 || code[0] != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in code {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }
}
