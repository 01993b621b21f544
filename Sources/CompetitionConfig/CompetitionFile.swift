public import Messages
public import ScoringCore
import Yams

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The competition file of CLI.md (YAML) into a checked `Competition`.
public enum CompetitionFile {
    /// Reads and checks a competition file. Throws a `Refusal` placed at its key
    /// (`Place.key`: file, line, column, key path), with the value as the file writes it.
    public static func load(path: String) throws(Refusal) -> Competition {
        let bytes: [UInt8]
        switch readFile(path) {
        case .success(let read): bytes = read
        case .failure(let reason):
            throw Refusal(
                .competitionFileUnreadable, at: .key(file: path, line: 0, column: 0, path: ""),
                SystemReason.values(reason.code, capitalized: true))
        }
        guard bytes.count <= CompetitionFileLimits.fileBytes else {
            throw Refusal(
                .competitionFileTooLarge, at: .key(file: path, line: 0, column: 0, path: ""),
                [
                    "value": "\(bytes.count) bytes", "value.zh": "\(bytes.count) 字节",
                    "max": String(CompetitionFileLimits.fileBytes / 1024),
                ])
        }
        return try parse(try decodeUTF8(bytes, file: path), file: path)
    }

    /// Same, from text; `file` is the name used in messages.
    public static func parse(_ yaml: String, file: String) throws(Refusal) -> Competition {
        // libyaml counts a byte-order mark as a column of line 1; editors do not.
        let yaml = yaml.unicodeScalars.first == "\u{FEFF}" ? String(yaml.unicodeScalars.dropFirst()) : yaml
        let root: Node?
        do {
            root = try compose(yaml: yaml)
        } catch {
            throw YAMLFailure.describe(error, in: yaml, file: file)
        }
        guard let root else {
            throw Refusal(.competitionFileEmpty, at: .key(file: file, line: 1, column: 1, path: ""))
        }
        try CompetitionFileLimits.checkExpansion(root, file: file)
        let reader = Reader(file: file)
        let competition = try reader.competition(from: root)
        do {
            try competition.validate()
        } catch {
            // The rules' refusal, placed at its key of this file.
            let position = reader.position(of: error.path)
            throw Refusal(
                error, at: .key(file: file, line: position.line, column: position.column, path: error.path))
        }
        return competition
    }
}

// MARK: Reading the file

private struct ReadFailure: Error {
    /// The `errno` of the failure.
    let code: Int32
}

private func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    func failure() -> Result<[UInt8], ReadFailure> {
        .failure(ReadFailure(code: errno))
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return failure() }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return failure()
        }
        if count == 0 { return .success(bytes) }
        bytes.append(contentsOf: chunk[..<count])
    }
}

/// The text of the file, or an error at the first byte that is not UTF-8.
private func decodeUTF8(_ bytes: [UInt8], file: String) throws(Refusal) -> String {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var text = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var offset = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            text.append(scalar)
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else if !(offset == 3 && scalar == "\u{FEFF}") {
                column += 1
            }
        case .emptyInput:
            return String(text)
        case .error:
            let byte = offset < bytes.count ? bytes[offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            let byteHex = "0x\(hex.count == 1 ? "0" : "")\(hex)"
            throw Refusal(
                .competitionFileNotUTF8, at: .key(file: file, line: line, column: column, path: ""),
                ["value": "byte \(byteHex)", "value.zh": "字节 \(byteHex)"])
        }
    }
}
