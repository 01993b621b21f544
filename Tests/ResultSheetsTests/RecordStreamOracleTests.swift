import Foundation
import Messages
import PropertyBased
import Testing

@testable import ResultSheets

/// The import's CSV reader against Python's `csv` module (strict quoting) on random files
/// built from the pieces that matter: quotes, doubled quotes, commas, CR, LF, CRLF, empty
/// fields, a byte order mark, NUL, Chinese, a stray invalid byte, and chunk ends anywhere.
/// A disagreement shrinks to the smallest file that shows it.
struct RecordStreamOracleTests {
    static let pieces: [[UInt8]] =
        [
            "a", "7", "中", ",", ",", "\"", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\0", "x\"y",
        ].map { Array($0.utf8) } + [[0xFF]]

    @Test(.shrinking) func agreesWithPythonsCSVModule() async throws {
        let oracle = try PythonCSV()
        defer { oracle.close() }
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("fuzz.csv").path
        // A file: pieces by index, with or without a BOM, and the chunk size to read it in.
        await propertyCheck(
            count: 600, input: Gen.int(in: 0..<Self.pieces.count).array(of: 0...24), Gen.bool(0.2),
            Gen.int(in: 4...40)
        ) { indices, bom, chunkSize in
            let bytes: [UInt8] = (bom ? [0xEF, 0xBB, 0xBF] : []) + indices.flatMap { Self.pieces[$0] }
            let expected = try oracle.read(bytes)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let actual = Self.read(path, chunkSize: chunkSize)
            let shown = String(decoding: bytes, as: UTF8.self).debugDescription
            #expect(actual.rows == expected.rows || expected.error == "utf8", "\(shown) in chunks of \(chunkSize)")
            switch expected.error {
            case nil:
                #expect(actual.fault == nil, "\(shown)")
            case "utf8":
                #expect(actual.fault != nil, "\(shown): not UTF-8, yet read")
            default:
                let fault = try #require(actual.fault, "\(shown): broken quoting, yet read")
                // The place: a stray after a closing quote is on the line Python stopped at; an
                // unclosed quote opens after the rows read before it, at the latest on that line.
                let problem = fault.problem
                #expect(fault.column >= 1, "\(shown)")
                if problem == "text after closing quote" {
                    #expect(fault.line == expected.line, "\(shown)")
                } else {
                    #expect(problem == "unterminated quoted field", "\(shown)")
                    #expect(fault.line <= (expected.line ?? 0), "\(shown)")
                }
            }
        }
    }

    /// Every record of a file, blank lines as `[]` as Python gives them, and the fault that
    /// ended the reading.
    static func read(_ path: String, chunkSize: Int) -> (rows: [[String]], fault: Refusal?) {
        var rows: [[String]] = []
        do {
            let stream = RecordStream(file: try ByteFile(path: path), chunkSize: chunkSize)
            while let (span, fields) = try stream.next() {
                rows.append(span.isBlank ? [] : fields)
            }
            return (rows, nil)
        } catch {
            return (rows, error)
        }
    }
}

/// Scripts/csv_oracle.py, kept running for a whole test: one file out, one answer back.
final class PythonCSV {
    struct Answer: Decodable {
        var rows: [[String]]?
        var error: String?
        var line: Int?
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffered = Data()

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/csv_oracle.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    func read(_ bytes: [UInt8]) throws -> (rows: [[String]], error: String?, line: Int?) {
        let hex = bytes.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16) }.joined()
        try input.fileHandleForWriting.write(contentsOf: Data((hex + "\n").utf8))
        while !buffered.contains(0x0A) {
            let more = output.fileHandleForReading.availableData
            guard !more.isEmpty else { throw CocoaError(.fileReadUnknown) }
            buffered += more
        }
        let end = buffered.firstIndex(of: 0x0A)!
        let answer = try JSONDecoder().decode(Answer.self, from: buffered[buffered.startIndex..<end])
        buffered = Data(buffered[(end + 1)...])
        return (answer.rows ?? [], answer.error, answer.line)
    }

    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
