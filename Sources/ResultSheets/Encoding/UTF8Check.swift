import Messages

/// Whether a whole file is UTF-8, checked before it is read: chunks of ASCII (every marks
/// file with ids) cost one pass of word-wide tests; others are validated by the standard
/// library. The slow path that finds the first bad line runs only for a refusal.
enum UTF8Check {
    static func isValid(_ file: ByteFile) throws(Refusal) -> Bool {
        let size = RecordStream.chunkSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        // The bytes of a sequence cut by the end of the chunk before.
        var carry: [UInt8] = []
        var offset = 0
        while true {
            let count = try file.read(into: buffer, at: offset)
            if count == 0 { return carry.isEmpty }
            offset += count
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            if carry.isEmpty && isASCII(bytes) { continue }
            var pending = carry + bytes
            let cut = completeEnd(pending)
            carry = Array(pending[cut...])
            pending.removeLast(pending.count - cut)
            guard String(validating: pending, as: UTF8.self) != nil else { return false }
        }
    }

    /// Eight bytes at a time: no byte has its high bit set.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Where a multi-byte sequence cut short at the end starts (else the end): it is checked
    /// with the next chunk.
    private static func completeEnd(_ bytes: [UInt8]) -> Int {
        var start = bytes.count
        while start > 0 && bytes.count - start < 4 {
            start -= 1
            let byte = bytes[start]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return bytes.count - start < length ? start : bytes.count
            }
        }
        return bytes.count
    }

    /// The refusal for a file that is neither UTF-8 nor GB18030: its first line that is not UTF-8.
    static func firstInvalidLine(_ file: ByteFile) throws(Refusal) -> Refusal {
        var offset = 0
        var line = 1
        var text: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: RecordStream.chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        func refusal(_ bytes: [UInt8]) -> Refusal? {
            guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
            let shown = bytes.prefix(60).map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + hex($0) }.joined()
            return Refusal(.notUTF8OrGB18030, file: file.path, line: line, column: 0, value: shown)
        }
        while true {
            let count = try file.read(into: buffer, at: offset)
            offset += count
            for byte in buffer[0..<count] {
                guard byte == 0x0A else {
                    text.append(byte)
                    continue
                }
                if let refused = refusal(text) { return refused }
                text.removeAll(keepingCapacity: true)
                line += 1
            }
            if count == 0 { break }
        }
        return refusal(text)
            ?? Refusal(.endsInsideCharacter, file: file.path, line: line, column: 0, value: "")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
