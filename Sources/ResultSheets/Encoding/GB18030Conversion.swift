import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// GB18030 (GBK, GB2312) to UTF-8 through the system's iconv, into a temporary file that is
/// unlinked at once: the reader then streams it like any UTF-8 file, with flat memory.
enum GB18030Conversion {
    /// The converted file, or nil when the bytes are not GB18030.
    static func convert(_ file: ByteFile) throws(Refusal) -> ByteFile? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else {
            throw Refusal(.noGB18030, file: file.path, line: 0, column: 0, value: "GB18030")
        }
        defer { iconv_close(converter) }
        let output = try temporaryFile(for: file.path)
        let size = RecordStream.chunkSize
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        let converted = UnsafeMutableRawBufferPointer.allocate(byteCount: size * 2, alignment: 8)
        defer {
            input.deallocate()
            converted.deallocate()
        }
        var offset = 0
        // Bytes of a character cut by the end of the chunk, moved to the front of the next one.
        var kept = 0
        while true {
            let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: input[kept...]), at: offset)
            offset += count
            let available = kept + count
            if available == 0 { break }
            var inPointer = input.baseAddress!.assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
            var inLeft = available
            var failure: Int32 = 0
            repeat {
                var outPointer =
                    converted.baseAddress!.assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var outLeft = converted.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                failure = result == -1 ? errno : 0
                try output.append(UnsafeRawBufferPointer(rebasing: converted[0..<(converted.count - outLeft)]))
                if failure == EILSEQ { return nil }
                if failure == EINVAL { break }
                if failure != 0 && failure != E2BIG { return nil }
            } while failure == E2BIG
            // At the end of the file, a character cut short is not GB18030.
            if count == 0 {
                guard inLeft == 0 else { return nil }
                break
            }
            if inLeft > 0 {
                input.copyMemory(from: UnsafeRawBufferPointer(rebasing: input[(available - inLeft)..<available]))
            }
            kept = inLeft
        }
        try output.rewind()
        return output
    }

    private static func temporaryFile(for path: String) throws(Refusal) -> ByteFile {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(folder)/judge-gb18030-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Refusal(
                .cannotConvert, file: path, line: 0, column: 0, value: folder, SystemReason.values(errno))
        }
        // Unlinked: the open descriptor keeps it until the import ends, and nothing is left behind.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return ByteFile(descriptor: descriptor, path: path)
    }
}
