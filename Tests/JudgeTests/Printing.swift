import Foundation
import Testing

/// What a person sees: HTML printed to PDF by headless Chromium, read back with poppler's
/// pdftotext and pdfinfo; xlsx read back by openpyxl. CI installs all three (.ci/run): a
/// missing one fails the test rather than skipping it.
enum Printing {
    static let chromium = "/usr/lib/chromium/chromium"

    /// Prints `html` to a PDF beside it, as the browser's Print would (no browser header or footer).
    static func pdf(_ html: URL) throws -> URL {
        try #require(
            FileManager.default.isExecutableFile(atPath: chromium),
            "Chromium is missing: apt-get install -y chromium fonts-noto-cjk (.ci/run does)")
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        // Each print its own profile: tests run in parallel.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let outcome = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(profile.path)",
                "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ])
        #expect(outcome.status == 0, "chromium: \(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "chromium wrote no PDF: \(outcome.stderr)")
        return pdf
    }

    /// The text of the PDF (or of one page), laid out as on paper.
    static func text(_ pdf: URL, page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try run("/usr/bin/pdftotext", ["-layout"] + pages + [pdf.path, "-"]).stdout
    }

    /// Number of pages and the first page's size in points.
    static func info(_ pdf: URL) throws -> (pages: Int, width: Double, height: Double) {
        let output = try run("/usr/bin/pdfinfo", [pdf.path]).stdout
        var pages = 0
        var size: [Double] = []
        for line in output.split(separator: "\n") {
            if line.hasPrefix("Pages:") { pages = Int(line.split(separator: " ").last ?? "") ?? 0 }
            if line.hasPrefix("Page size:") {
                size = line.split(separator: " ").compactMap { Double($0) }
            }
        }
        try #require(size.count >= 2, "pdfinfo: \(output)")
        return (pages, size[0], size[1])
    }

    /// Cells and print settings of an xlsx, as openpyxl reads them.
    static func xlsx(_ file: URL) throws -> [String: Any] {
        let script = """
            import json, sys
            import openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.worksheets[0]
            cells = {}
            for row in sheet.iter_rows():
                for c in row:
                    if c.value is not None:
                        cells[c.coordinate] = {
                            "value": c.value, "type": type(c.value).__name__, "format": c.number_format,
                            "bold": bool(c.font.b), "strike": bool(c.font.strike)}
            print(json.dumps({
                "sheets": book.sheetnames, "cells": cells, "freeze": sheet.freeze_panes,
                "titles": sheet.print_title_rows, "orientation": sheet.page_setup.orientation,
                "paper": str(sheet.page_setup.paperSize), "fitWidth": sheet.page_setup.fitToWidth,
                "fitHeight": sheet.page_setup.fitToHeight, "fitToPage": sheet.sheet_properties.pageSetUpPr.fitToPage,
                "header": sheet.oddHeader.center.text, "footer": sheet.oddFooter.left.text, "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
                "merged": [str(r) for r in sheet.merged_cells.ranges]}, ensure_ascii=False))
            """
        let outcome = try run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(outcome.status == 0, "openpyxl (pip install openpyxl; .ci/run does): \(outcome.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        return try #require(json as? [String: Any])
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> JudgeProcess.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        // To a file: a full stderr pipe nobody reads would stop Chromium.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("print-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let err = try FileHandle(forWritingTo: log)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let stderr = try Data(contentsOf: log)
        return JudgeProcess.Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
