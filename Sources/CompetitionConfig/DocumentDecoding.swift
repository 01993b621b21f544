import Messages
import ScoringCore
import Yams

/// The printed documents' keys of `competition:`: organizer, contact and signatures.
extension Reader {
    /// Room on one line at the foot of an A4 page.
    static let maximumSignatures = 6

    func documentSettings(_ header: Fields) throws(Refusal) -> DocumentSettings {
        var settings = DocumentSettings()
        if let node = header.value("organizer") {
            settings.organizer = try printedLine(node, path: header.keyPath("organizer"), what: .organizer)
        }
        if let node = header.value("contact") {
            settings.contact = try printedLine(node, path: header.keyPath("contact"), what: .contact)
        }
        if let node = header.value("signatures") {
            let path = header.keyPath("signatures")
            let list = try items(node, path: path, expected: .signatureList)
            guard list.count <= Self.maximumSignatures else {
                throw error(
                    path, at: node, .tooManySignatures,
                    ["count": String(list.count), "max": String(Self.maximumSignatures)])
            }
            var lines: [String] = []
            for item in list {
                let line = try printedLine(item.node, path: item.path, what: .signature)
                guard !lines.contains(line) else {
                    throw error(item.path, at: item.node, .signatureTwice)
                }
                lines.append(line)
            }
            settings.signatures = lines
        }
        return settings
    }

    /// Text printed on one line: not blank, no line break.
    private func printedLine(_ node: Node, path: String, what: PrintedLine) throws(Refusal) -> String {
        let text = try text(node, path: path)
        let line = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !line.isEmpty else {
            throw error(path, at: node, .blankLine, what.values)
        }
        guard !line.contains(where: \.isNewline) else {
            throw error(path, at: node, .lineBreak, what.values)
        }
        return line
    }
}
