import ScoringCore
import Yams

/// The printed documents' keys of `competition:`: organizer, contact and signatures.
extension Reader {
    /// Room on one line at the foot of an A4 page.
    static let maximumSignatures = 6

    func documentSettings(_ header: Fields) throws(CompetitionFileError) -> DocumentSettings {
        var settings = DocumentSettings()
        if let node = header.value("organizer") {
            settings.organizer = try printedLine(node, path: header.keyPath("organizer"), what: "the organizer")
        }
        if let node = header.value("contact") {
            settings.contact = try printedLine(node, path: header.keyPath("contact"), what: "the contact")
        }
        if let node = header.value("signatures") {
            let path = header.keyPath("signatures")
            let list = try items(
                node, path: path, expected: "a list of signature lines, e.g. [裁判长, 监督, 主办单位（盖章）]")
            guard list.count <= Self.maximumSignatures else {
                throw error(
                    path, at: node,
                    problem:
                        "\(list.count) signature lines; at most \(Self.maximumSignatures) fit at the foot of a page")
            }
            var lines: [String] = []
            for item in list {
                let line = try printedLine(item.node, path: item.path, what: "a signature line")
                guard !lines.contains(line) else {
                    throw error(item.path, at: item.node, problem: "this signature line is listed twice")
                }
                lines.append(line)
            }
            settings.signatures = lines
        }
        return settings
    }

    /// Text printed on one line: not blank, no line break.
    private func printedLine(_ node: Node, path: String, what: String) throws(CompetitionFileError) -> String {
        let text = try text(node, path: path)
        let line = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !line.isEmpty else {
            throw error(path, at: node, problem: "\(what) is blank; write the text or leave the key out")
        }
        guard !line.contains(where: \.isNewline) else {
            throw error(path, at: node, problem: "\(what) is printed on one line; remove the line break")
        }
        return line
    }
}
