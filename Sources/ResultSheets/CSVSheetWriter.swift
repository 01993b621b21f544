public import Foundation
public import Messages

/// Writes result sheets as RFC 4180 CSV: UTF-8, CRLF after every row including the last.
///
/// Not CSV.swift's `CSVWriter`: it looks for separators and doubles quotes per Character, so
/// one followed by a combining mark (U+0301) slips through and breaks the file; it also
/// writes one byte per stream call. Working on UTF-8 bytes is exact: these ASCII bytes never
/// occur inside another character.
public enum CSVSheetWriter {
    /// The sheet as bytes: a field is quoted when it contains a comma, quote, CR or LF (inner
    /// quotes doubled), and a row holding one empty field is written `""` so it is not read
    /// as a blank line. With `bom`, the bytes EF BB BF come first (Excel then reads UTF-8).
    public static func render(header: [String], rows: [[String]], bom: Bool) -> Data {
        render(lines: [header] + rows, bom: bom)
    }

    /// Lines of any width, e.g. a title line above the header (公示 sheet, award list).
    public static func render(lines: [[String]], bom: Bool) -> Data {
        var bytes: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        for line in lines {
            append(line, to: &bytes)
        }
        return Data(bytes)
    }

    /// Writes the sheet atomically (temporary file in the same folder, flushed, renamed over
    /// `url`). Refuses with `cannot_write`.
    public static func write(header: [String], rows: [[String]], bom: Bool, to url: URL) throws(Refusal) {
        try AtomicFile.write(render(header: header, rows: rows, bom: bom), to: url)
    }

    /// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or CR first, the
    /// OWASP list) gets a leading apostrophe, so Excel and WPS show it as text and run nothing.
    /// Scores are never negative, so no number on a sheet starts with `-`.
    static func isFormulaLike(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        return first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
    }

    private static func append(_ row: [String], to bytes: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            let field = isFormulaLike(field) ? "'" + field : field
            let utf8 = field.utf8
            let special = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
            guard special || (row.count == 1 && field.isEmpty) else {
                bytes.append(contentsOf: utf8)
                continue
            }
            bytes.append(0x22)
            for byte in utf8 {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
}
