/// Reading a record's change lines back. `lines` hands each fact as the bytes a fact's key and
/// value are stored as (parts escaped, joined by tabs), without a `String` per line: an
/// import's record states millions of marks, and `judge audit verify` reads them all.
extension AuditChanges {
    /// One fact a line states: its key, and its value as escaped text, nil for a removal. Both
    /// point into memory that is reused for the next line.
    typealias Line = (key: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>?)

    /// What the lines say, in order: the value set, or nil for a removal.
    func forEach(_ body: (_ fact: AuditFact, _ value: String?) throws -> Void) rethrows {
        try lines { key, value in
            try body(
                AuditFact(key: String(decoding: key, as: UTF8.self)),
                value.map { AuditText.unescaped(String(decoding: $0, as: UTF8.self)) })
        }
    }

    /// Each line's fact as bytes, in order. A compact mark line (`*CODE<tab>NUMBER<tab>VALUE`)
    /// is handed as the key `setMark` writes; its slot comes from the record's `#` line.
    func lines(_ body: (Line) throws -> Void) rethrows {
        var slots = LineSlots()
        var key: [UInt8] = []
        var value: [UInt8] = []
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = all[start...].firstIndex(of: UInt8(ascii: "\n")) ?? all.count
                defer { start = end + 1 }
                guard end > start else { continue }
                let text = UnsafeBufferPointer(rebasing: all[(start + 1)..<end])
                switch all[start] {
                case UInt8(ascii: "="):
                    let tab = text.firstIndex(of: UInt8(ascii: "\t")) ?? text.endIndex
                    let stated = UnsafeBufferPointer(rebasing: text[..<tab])
                    let named =
                        tab == text.endIndex
                        ? UnsafeBufferPointer(rebasing: text[tab...])
                        : UnsafeBufferPointer(rebasing: text[(tab + 1)...])
                    if stated.contains(where: AuditText.isSeparator) {
                        // Escapes (or a forged raw byte): the same value in one spelling only.
                        value.removeAll(keepingCapacity: true)
                        AuditText.appendEscaped(
                            AuditText.unescaped(String(decoding: stated, as: UTF8.self)).utf8, to: &value)
                        try value.withUnsafeBufferPointer { try body((named, $0)) }
                    } else {
                        try body((named, stated))
                    }
                case UInt8(ascii: "#"):
                    slots.define(text)
                case UInt8(ascii: "*"):
                    // Three fields, found without an array of them: this runs once per imported mark.
                    let tab = UInt8(ascii: "\t")
                    guard let first = text.firstIndex(of: tab),
                        let second = text[(first + 1)...].firstIndex(of: tab),
                        !text[(second + 1)...].contains(tab)
                    else { continue }
                    key.removeAll(keepingCapacity: true)
                    key.append(contentsOf: "mark\t".utf8)
                    AuditText.appendCanonical(UnsafeBufferPointer(rebasing: text[(first + 1)..<second]), to: &key)
                    // An unknown code can only come from a forged record; its fact then differs.
                    key.append(contentsOf: slots.parts(UnsafeBufferPointer(rebasing: text[..<first])))
                    value.removeAll(keepingCapacity: true)
                    AuditText.appendEscaped(UnsafeBufferPointer(rebasing: text[(second + 1)...]), to: &value)
                    try key.withUnsafeBufferPointer { key in
                        try value.withUnsafeBufferPointer { value in try body((key, value)) }
                    }
                default:
                    try body((text, nil))
                }
            }
        }
    }
}
