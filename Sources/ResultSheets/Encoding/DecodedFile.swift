import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens an input file as UTF-8: a file that is valid UTF-8 is read as it is; otherwise one
/// that is valid GB18030 is converted by the system's iconv, up front, into an unlinked
/// temporary file, so the reader always sees UTF-8. Anything else is refused naming its first
/// line that is not UTF-8.
enum DecodedFile {
    static func open(_ path: String) throws(Refusal) -> (file: ByteFile, encoding: InputEncoding) {
        let file = try ByteFile(path: path)
        // A workbook given instead of its CSV: .xlsx is a zip, .xls an OLE compound file.
        let head = try file.bytes(0..<min(4, file.size))
        if head == [0x50, 0x4B, 0x03, 0x04] || head == [0xD0, 0xCF, 0x11, 0xE0] {
            throw Refusal(
                .workbookNotCSV, file: path, line: 1, column: 0,
                value: head == [0x50, 0x4B, 0x03, 0x04] ? "PK" : "\\xD0\\xCF")
        }
        if try UTF8Check.isValid(file) { return (file, .utf8) }
        // Excel's "Unicode 文本" is UTF-16 with a byte order mark, and tab-separated: not CSV.
        let start = Array(head.prefix(2))
        if start == [0xFF, 0xFE] || start == [0xFE, 0xFF] {
            throw Refusal(
                .utf16NotCSV, file: path, line: 1, column: 0,
                value: start == [0xFF, 0xFE] ? "\\xFF\\xFE" : "\\xFE\\xFF")
        }
        guard let converted = try GB18030Conversion.convert(file) else {
            throw try UTF8Check.firstInvalidLine(file)
        }
        return (converted, .gb18030)
    }
}
