public import Foundation

/// A refusal of CSV input that names the place: prints as `FILE:LINE:COLUMN: "VALUE" — PROBLEM`.
public struct CSVInputError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// The path as the user gave it.
    public let file: String
    /// 1-based physical line: where the record starts, or where the faulty bytes are for
    /// encoding and quoting problems. 0 when the file itself cannot be read.
    public let line: Int
    /// 1-based field index; 0 when the problem is the whole line or file.
    public let column: Int
    public let value: String
    public let problem: String

    public init(file: String, line: Int, column: Int, value: String, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
    }

    public var description: String {
        "\(file):\(line):\(column): \"\(Self.visible(value))\" — \(problem)"
    }

    public var errorDescription: String? { description }

    /// Escapes control and invisible format characters (a stray BOM, CR) so the message
    /// shows what is really there; other text, Chinese included, stays as is.
    static func visible(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
