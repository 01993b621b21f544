import Messages

/// The differences `judge audit verify` shows: the first `limit` in the order they are listed,
/// and how many there are in all. They are found in another order (by fact key), so each comes
/// with its place in the list, and its text is made only when it is kept.
struct ProblemList {
    /// Where a difference comes in the list: by `group`, then `first`, `second` and `key`.
    struct Place: Comparable {
        var group = 0
        var first: Int64 = 0
        var second: Int64 = 0
        var key = ""

        static func < (a: Place, b: Place) -> Bool {
            (a.group, a.first, a.second, a.key) < (b.group, b.first, b.second, b.key)
        }
    }

    let limit: Int
    private var kept: [(place: Place, text: Bilingual)] = []
    private(set) var count = 0

    init(limit: Int) {
        self.limit = limit
    }

    var isEmpty: Bool { count == 0 }
    var problems: [Bilingual] { kept.map(\.text) }
    /// How many more there are beyond `problems`.
    var more: Int { count - kept.count }

    /// Whether a difference at `place` would be shown: a key is worth building only then.
    func keeps(_ place: Place) -> Bool {
        kept.count < limit || place < kept[kept.count - 1].place
    }

    mutating func note(at place: Place, _ text: () throws -> Bilingual) rethrows {
        count += 1
        guard keeps(place) else { return }
        let index = kept.firstIndex { place < $0.place } ?? kept.endIndex
        kept.insert((place, try text()), at: index)
        if kept.count > limit { kept.removeLast() }
    }
}
