import Messages

/// Finds a trade, round, criterion or judge by its id or, failing that, by its exact name in
/// the competition file (育婴员 for `nursery`), as clerks write them. Ids win: a name that
/// is also an id means that id. A name shared by two or more is ambiguous and refused.
struct NameLookup: Sendable {
    enum Found: Equatable {
        case at(Int)
        /// The ids sharing the name, in competition order.
        case ambiguous([String])
        case none
    }

    let ids: [String]
    let names: [String]
    private let byID: [String: Int]
    private let byName: [String: [Int]]

    init(ids: [String], names: [String]) {
        self.ids = ids
        self.names = names
        byID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: [Int]] = [:]
        for (index, name) in names.enumerated() where !name.isEmpty {
            byName[name, default: []].append(index)
        }
        self.byName = byName
    }

    /// `text` as written, trimmed of spaces; ids are looked up first (every id-only file).
    func find(_ text: String) -> Found {
        let key = text.trimmingSpaces
        if let index = byID[key] { return .at(index) }
        guard let matches = byName[key] else { return .none }
        return matches.count == 1 ? .at(matches[0]) : .ambiguous(matches.map { ids[$0] })
    }

    /// `theory (理论知识), practical (实际操作)`, for messages.
    var listed: String {
        zip(ids, names).map { $0.1.isEmpty || $0.1 == $0.0 ? $0.0 : "\($0.0) (\($0.1))" }.listed
    }

    /// The position `text` names, or the refusal naming what it could be (`unknown`: the
    /// code for a name that matches nothing, e.g. `.unknownRound`).
    func position(of text: String, unknown: RefusalCode, line: Int, field: Field) throws -> Int {
        switch find(text) {
        case .at(let index):
            return index
        case .ambiguous(let matches):
            throw Refusal.row(
                .ambiguousName, line: line, field: field, value: text,
                ["count": String(matches.count), "matches": matches.joined(separator: ", ")])
        case .none:
            throw Refusal.row(unknown, line: line, field: field, value: text, ["known": listed])
        }
    }
}
