import Testing

@testable import ResultSheets

/// The scanner sees the file in chunks; where a chunk ends must not matter.
struct RecordScannerTests {
    private func scan(_ bytes: [UInt8], splitAt split: Int) -> ([RecordSpan], ScanFault?) {
        var scanner = RecordScanner()
        var spans: [RecordSpan] = []
        let fault = bytes.withUnsafeBytes { all -> ScanFault? in
            if let fault = scanner.consume(UnsafeRawBufferPointer(rebasing: all[..<split]), at: 0, into: &spans) {
                return fault
            }
            if let fault = scanner.consume(UnsafeRawBufferPointer(rebasing: all[split...]), at: split, into: &spans) {
                return fault
            }
            return scanner.finish(at: bytes.count, into: &spans)
        }
        return (spans, fault)
    }

    @Test(arguments: [
        "a,b\r\n\"x\r\ny\",\"\"\"\"\r\r\n\n张,三\r",
        "a,\"b\"\"\r\"\r\nc,\"d\"x\n",
        "a,\"b\nc",
        "a,b\r\n\r\n,\r",
        "ab-1,\"x-y\rz.1\"\r\nq-2,\"r\"s9\n",
    ])
    func chunkEndsDoNotMatter(text: String) {
        let bytes = Array(text.utf8)
        let whole = scan(bytes, splitAt: bytes.count)
        for split in 0...bytes.count {
            let parts = scan(bytes, splitAt: split)
            #expect(parts.0 == whole.0, "split at \(split)")
            #expect(parts.1 == whole.1, "split at \(split)")
        }
    }

    @Test func spansOfASmallFile() {
        let (spans, fault) = scan(Array("a,b\r\n\"x\r\ny\",z\n\r\nlast".utf8), splitAt: 7)
        #expect(fault == nil)
        #expect(
            spans == [
                RecordSpan(line: 1, start: 0, end: 5, fieldCount: 2, isBlank: false),
                RecordSpan(line: 2, start: 5, end: 14, fieldCount: 2, isBlank: false),
                RecordSpan(line: 4, start: 14, end: 16, fieldCount: 1, isBlank: true),
                RecordSpan(line: 5, start: 16, end: 20, fieldCount: 1, isBlank: false),
            ])
    }

    /// Runs of plain text (ASCII above the comma) are skipped quickly; every check around
    /// them still holds.
    @Test func plainTextRunsAreStillChecked() {
        let quotedLineBreak = scan(Array("ab,\"x-y\rz.1\"\nq".utf8), splitAt: 5)
        #expect(quotedLineBreak.1 == nil)
        #expect(
            quotedLineBreak.0 == [
                RecordSpan(line: 1, start: 0, end: 13, fieldCount: 2, isBlank: false),
                RecordSpan(line: 3, start: 13, end: 14, fieldCount: 1, isBlank: false),
            ])
        let afterQuote = scan(Array("ab,\"q\"r9\n".utf8), splitAt: 2)
        #expect(afterQuote.1 == .textAfterQuote(line: 1, column: 2, fieldStart: 3, stray: 6))
        let cutShort = scan(Array("abc".utf8) + [0xC3] + Array("de\n".utf8), splitAt: 1)
        #expect(cutShort.1 == .invalidUTF8(line: 1, column: 1, bytes: 3..<4))
    }

    @Test func invalidBytesCutByAChunkEnd() {
        let bytes: [UInt8] = Array("a\n".utf8) + [0xE4, 0xB8, 0x41]
        for split in 0...bytes.count {
            #expect(scan(bytes, splitAt: split).1 == .invalidUTF8(line: 2, column: 1, bytes: 2..<4))
        }
    }
}
