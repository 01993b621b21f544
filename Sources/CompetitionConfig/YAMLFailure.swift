import Messages
import Yams

/// YAML that does not parse, as a refusal at libyaml's position. libyaml's own words (its
/// `problem` and `context`) are English whatever the language: they are given as values.
enum YAMLFailure {
    static func describe(_ error: any Error, in yaml: String, file: String) -> Refusal {
        func failure(_ position: Position, _ values: [String: String], value: String? = nil) -> Refusal {
            var values = values
            values["value"] = value ?? excerpt(of: yaml, at: position)
            return Refusal(
                .notYAML, at: .key(file: file, line: position.line, column: position.column, path: ""), values)
        }
        guard let error = error as? YamlError else {
            return failure(.unknown, ["problem": "\(error)"], value: "")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var values = ["problem": problem]
            if let context {
                values["context"] = context.text
                values["line"] = String(context.mark.line)
                values["column"] = String(context.mark.column)
            }
            return failure(Position(mark), values)
        case .reader(let problem, let offset, _, _):
            let position = offset.map { Self.position(ofCharacter: $0, in: yaml) } ?? Position.unknown
            return failure(position, ["problem": problem])
        case .duplicatedKeysInMapping(let duplicates, let context):
            return repeatedKey(duplicates.first ?? "", first: context.mark, in: yaml, file: file)
        default:
            return failure(.unknown, ["problem": "\(error)"], value: "")
        }
    }

    /// Yams refuses a mapping with a repeated key, naming only the first occurrence.
    /// Find the key path and the second occurrence: mark the first occurrence's key
    /// in the text so that the document composes, then look for it in the tree.
    private static func repeatedKey(_ key: String, first: Yams.Mark, in yaml: String, file: String) -> Refusal {
        let firstPosition = Position(first)
        // Without the second occurrence, the refusal points at the first and names the key.
        let fallback = Refusal(
            .repeatedKey, at: .key(file: file, line: first.line, column: first.column, path: ""),
            ["value": key.isEmpty ? "" : quotedKey(key)])
        let marker: Character = "\u{E000}"
        guard let marked = insert(marker, in: yaml, at: firstPosition),
            let root = try? compose(yaml: marked),
            let found = locate(in: root, path: "", where: { $0.hasPrefix(String(marker)) })
        else { return fallback }
        guard let (repeated, value) = found.mapping.first(where: { $0.key.scalar?.string == key }) else {
            return fallback
        }
        let position = Position(repeated.mark)
        return Refusal(
            .repeatedKey,
            at: .key(file: file, line: position.line, column: position.column, path: join(found.path, key)),
            ["value": render(value), "line": String(first.line), "column": String(first.column)])
    }

    private static func quotedKey(_ key: String) -> String { "\"\(key)\"" }

    /// The mapping holding a key that passes `test`, and its path.
    private static func locate(
        in node: Node, path: String, where test: (String) -> Bool
    ) -> (path: String, mapping: Node.Mapping)? {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                if test(name) { return (path, mapping) }
                if let found = locate(in: value, path: join(path, name), where: test) { return found }
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                if let found = locate(in: item, path: "\(path)[\(index)]", where: test) { return found }
            }
        default:
            break
        }
        return nil
    }

    /// Inserts `marker` at the start of the key at `position` (inside its quotes when quoted).
    private static func insert(_ marker: Character, in yaml: String, at position: Position) -> String? {
        var scalars = Array(yaml.unicodeScalars)
        guard var index = index(of: position, in: scalars) else { return nil }
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" { index += 1 }
        scalars.insert(contentsOf: marker.unicodeScalars, at: index)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The scalar offset of a 1-based line and column (columns count Unicode scalars).
    private static func index(of position: Position, in scalars: [Unicode.Scalar]) -> Int? {
        var line = 1
        var index = 0
        while line < position.line {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
            index = newline + 1
            line += 1
        }
        let target = index + position.column - 1
        return target <= scalars.count ? target : nil
    }

    /// Line and column of a Character offset (as Yams reports reader problems).
    private static func position(ofCharacter offset: Int, in yaml: String) -> Position {
        var line = 1
        var column = 1
        for character in yaml.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return Position(line: line, column: column)
    }

    /// The offending line, trimmed, for the value part of the message.
    private static func excerpt(of yaml: String, at position: Position) -> String {
        guard position.line >= 1 else { return "" }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line <= lines.count else { return "" }
        let line = lines[position.line - 1].trimmingSpaces.trimmingCharacters(in: "\r")
        return line.isEmpty ? "" : render(Node(line, Tag(.str), .doubleQuoted))
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
