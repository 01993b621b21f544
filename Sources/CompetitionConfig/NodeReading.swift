import Messages
import ScoringCore
import Yams

/// A place in the file, 1-based; `(0, 0)` when unknown.
struct Position: Equatable {
    var line: Int
    var column: Int

    static let unknown = Position(line: 0, column: 0)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Yams.Mark?) {
        self.init(line: mark?.line ?? 0, column: mark?.column ?? 0)
    }
}

/// Walks the composed YAML tree: makes the errors and remembers where each key path is.
final class Reader {
    let file: String
    /// Key path -> where its value is: the value, or the key when the value starts on a
    /// later line (a block list or mapping), is missing, or the key itself is at fault.
    private(set) var positions: [String: Position] = ["": Position(line: 1, column: 1)]

    init(file: String) {
        self.file = file
    }

    /// A refusal of the value at `path`, placed at `position`; `value` as the file writes it.
    func error(
        _ path: String, at position: Position, value: String, _ code: RefusalCode, _ values: [String: String] = [:]
    ) -> Refusal {
        var values = values
        values["value"] = value
        return Refusal(
            code, at: .key(file: file, line: position.line, column: position.column, path: path), values)
    }

    func error(_ path: String, at node: Node, _ code: RefusalCode, _ values: [String: String] = [:]) -> Refusal {
        error(path, at: position(of: path, node: node), value: render(node), code, values)
    }

    /// `expected {shape}[, not {kind}]`: the value at `path` is not what the key holds.
    func expected(_ path: String, at node: Node, _ shape: ValueShape, not kind: ValueShape? = nil) -> Refusal {
        error(path, at: node, .expectedShape, shape.values("expected").merging(kind?.values("kind") ?? [:]) { $1 })
    }

    func record(_ path: String, at position: Position) {
        positions[path] = position
    }

    /// Where `path` was recorded, else where `node` starts.
    func position(of path: String, node: Node) -> Position {
        positions[path] ?? Position(node.mark)
    }

    /// Where a validation error at `path` points: that key, else its nearest recorded parent.
    func position(of path: String) -> Position {
        var path = path
        while true {
            if let position = positions[path] { return position }
            if path.isEmpty { return .unknown }
            path = parent(of: path)
        }
    }

    // MARK: Reading values

    /// The items of a list, each with its path and position recorded.
    func items(_ node: Node, path: String, expected: ValueShape) throws(Refusal) -> [(
        path: String, node: Node
    )] {
        guard case .sequence(let sequence) = node else {
            throw self.expected(path, at: node, expected)
        }
        guard sequence.count <= CompetitionFileLimits.listItems else {
            throw error(
                path, at: Position(node.mark), value: "\(sequence.count) items", .listTooLong,
                ["value.zh": "\(sequence.count) 项", "max": String(CompetitionFileLimits.listItems)])
        }
        var items: [(path: String, node: Node)] = []
        for (index, item) in sequence.enumerated() {
            let itemPath = "\(path)[\(index)]"
            record(itemPath, at: Position(item.mark))
            items.append((itemPath, item))
        }
        return items
    }

    /// Text as written: any scalar (`id: 2024` is the text "2024").
    func text(_ node: Node, path: String) throws(Refusal) -> String {
        guard case .scalar(let scalar) = node else {
            throw expected(path, at: node, .text, not: kind(of: node))
        }
        let text = scalar.string
        if TextField.problem(text) != nil {
            // The same refusal as a CSV field's: a forbidden character, else too long.
            let value = TextField.visible(TextField.shown(text))
            if let character = text.unicodeScalars.lazy.compactMap(TextField.forbiddenCharacter).first {
                throw error(
                    path, at: Position(scalar.mark), value: value, .forbiddenCharacter, ["character": character])
            }
            throw error(
                path, at: Position(scalar.mark), value: value, .textTooLong,
                ["length": String(text.count), "max": String(TextField.maxLength)])
        }
        return text
    }

    /// An exact decimal with at most 2 places, from the scalar's text (never through Double).
    func points(_ node: Node, path: String) throws(Refusal) -> Points {
        guard case .scalar(let scalar) = node else {
            throw expected(path, at: node, .number, not: kind(of: node))
        }
        do {
            return try Points(parsing: scalar.string)
        } catch .empty {
            throw expected(path, at: node, .number)
        } catch {
            // A number of the file is read as a mark is typed: the same refusals.
            let refusal = Refusal(error, at: nil)
            throw self.error(path, at: node, refusal.code, refusal.values)
        }
    }

    /// `true` or `false`, as YAML writes them; anything else is refused rather than guessed.
    func flag(_ node: Node, path: String) throws(Refusal) -> Bool {
        guard case .scalar(let scalar) = node, let flag = ["true": true, "false": false][scalar.string.lowercased()]
        else {
            throw expected(path, at: node, .flag)
        }
        return flag
    }

    /// A whole number written as digits, optionally signed with '-'.
    func whole(_ node: Node, path: String) throws(Refusal) -> Int {
        guard case .scalar(let scalar) = node else {
            throw expected(path, at: node, .wholeNumber, not: kind(of: node))
        }
        let text = scalar.string
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw expected(path, at: node, .wholeNumber)
        }
        guard let number = Int(text), number.magnitude <= 1_000_000_000 else {
            throw error(path, at: node, .numberTooLarge)
        }
        return number
    }

    func kind(of node: Node) -> ValueShape {
        switch node {
        case .scalar: .text
        case .mapping: .mapping
        case .sequence: .list
        case .alias: .alias
        }
    }
}

/// The keys of one YAML mapping, checked against the keys it may have.
struct Fields {
    let reader: Reader
    let path: String
    let node: Node
    private var entries: [String: (key: Node, value: Node)] = [:]

    init(
        _ node: Node, path: String, allowed: [String], expected: ValueShape, reader: Reader
    ) throws(Refusal) {
        self.reader = reader
        self.path = path
        self.node = node
        guard case .mapping(let mapping) = node else {
            throw reader.expected(path, at: node, expected)
        }
        let keys = allowed.joined(separator: ", ")
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw reader.error(path, at: Position(key.mark), value: render(key), .keyNotText, ["allowed": keys])
            }
            let name = scalar.string
            let keyPath = join(path, name)
            guard allowed.contains(name) else {
                var values = ["allowed": keys]
                values["guess"] = closest(to: name, in: allowed)
                throw reader.error(keyPath, at: Position(key.mark), value: render(value), .unknownKey, values)
            }
            if let first = entries[name] {
                let mark = Position(first.key.mark)
                throw reader.error(
                    keyPath, at: Position(key.mark), value: render(value), .repeatedKey,
                    ["line": String(mark.line), "column": String(mark.column)])
            }
            entries[name] = (key, value)
            reader.record(keyPath, at: valuePosition(key: key, value: value))
        }
    }

    /// The value under `key`; nil when absent or null (`key:` with nothing, `~`, `null`).
    func value(_ key: String) -> Node? {
        guard let value = entries[key]?.value, !isNull(value) else { return nil }
        return value
    }

    func keyPath(_ key: String) -> String { join(path, key) }

    func missing(_ key: String, _ need: RequiredKey) -> Refusal {
        let position = entries[key].map { Position($0.key.mark) } ?? Position(node.mark)
        return reader.error(
            keyPath(key), at: position, value: "(missing)", .missingKey,
            need.values.merging(["value.zh": "（未填写）"]) { $1 })
    }

    func text(_ key: String) throws(Refusal) -> String? {
        guard let value = value(key) else { return nil }
        return try reader.text(value, path: keyPath(key))
    }

    func text(_ key: String, required need: RequiredKey) throws(Refusal) -> String {
        guard let text = try text(key) else { throw missing(key, need) }
        return text
    }

    /// Required text that must not be blank (names printed on sheets).
    func name(_ key: String, required need: RequiredKey) throws(Refusal) -> String {
        let text = try text(key, required: need)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw reader.error(keyPath(key), at: value(key)!, .missingKey, need.values)
        }
        return text
    }

    func points(_ key: String) throws(Refusal) -> Points? {
        guard let value = value(key) else { return nil }
        return try reader.points(value, path: keyPath(key))
    }

    func points(_ key: String, required need: RequiredKey) throws(Refusal) -> Points {
        guard let points = try points(key) else { throw missing(key, need) }
        return points
    }

    func flag(_ key: String) throws(Refusal) -> Bool? {
        guard let value = value(key) else { return nil }
        return try reader.flag(value, path: keyPath(key))
    }

    func whole(_ key: String) throws(Refusal) -> Int? {
        guard let value = value(key) else { return nil }
        return try reader.whole(value, path: keyPath(key))
    }

    func required(_ key: String, _ need: RequiredKey) throws(Refusal) -> Node {
        guard let value = value(key) else { throw missing(key, need) }
        return value
    }
}

// MARK: Helpers

func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
}

/// `rounds[1].criteria[0].max` -> `rounds[1].criteria[0]` -> `rounds[1].criteria` -> `rounds[1]` -> `rounds` -> ``.
func parent(of path: String) -> String {
    if path.hasSuffix("]"), let open = path.lastIndex(of: "[") {
        return String(path[..<open])
    }
    if let dot = path.lastIndex(of: ".") {
        return String(path[..<dot])
    }
    return ""
}

func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
    return node.null != nil
}

/// The value's position, or the key's when the value is null or starts on a later
/// line (a block list or mapping).
func valuePosition(key: Node, value: Node) -> Position {
    let keyPosition = Position(key.mark)
    let valuePosition = Position(value.mark)
    guard !isNull(value), valuePosition.line == keyPosition.line else { return keyPosition }
    return valuePosition
}

/// A value as it appears in a message: numbers as written, text in quotes,
/// lists and mappings in flow style, shortened when long.
func render(_ node: Node) -> String {
    let text: String
    switch node {
    case .scalar(let scalar):
        let isNumber = (scalar.style == .plain || scalar.style == .any) && (node.int != nil || node.float != nil)
        text = isNumber ? scalar.string : quoted(scalar.string)
    default:
        text = inline(node)
    }
    return shortened(text)
}

private func inline(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
        if isNull(node) { return "null" }
        let plain = scalar.string
        let needsQuotes =
            plain.isEmpty || plain.contains { ",:{}[]\"'#".contains($0) } || plain.first == " " || plain.last == " "
        return needsQuotes ? quoted(plain) : plain
    case .mapping(let mapping):
        guard !mapping.isEmpty else { return "{}" }
        return "{ " + mapping.map { "\(inline($0.key)): \(inline($0.value))" }.joined(separator: ", ") + " }"
    case .sequence(let sequence):
        return "[" + sequence.map(inline).joined(separator: ", ") + "]"
    case .alias:
        return "*alias"
    }
}

private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

private func shortened(_ text: String) -> String {
    text.count > 80 ? String(text.prefix(79)) + "…" : text
}

/// The allowed key a typo most likely meant (at most 2 edits away).
func closest(to key: String, in allowed: [String]) -> String? {
    let scored = allowed.map { ($0, editDistance(key.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < key.count else { return nil }
    return best.0
}

/// Optimal string alignment distance: insertions, deletions, substitutions and
/// swaps of neighbours (`wieght` -> `weight`) each count one.
private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
        for j in stride(from: 1, through: b.count, by: 1) {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
            }
        }
    }
    return d[a.count][b.count]
}
