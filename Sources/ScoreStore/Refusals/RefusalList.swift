import Messages

/// The rows an import refuses, gathered so that one run reports them all (in file order)
/// instead of stopping at the first. A class: the mark writer and the import loop add to the
/// same list.
final class RefusalList {
    private(set) var shown: [Refusal] = []
    private(set) var count = 0
    /// Audited refusals past the listed ones, by kind: recorded as one count each.
    private var moreAudited: [String: Int] = [:]

    var isEmpty: Bool { count == 0 }

    func add(_ refusal: Refusal) {
        count += 1
        if shown.count < Refusals.listed {
            shown.append(refusal)
        } else if let kind = refusal.audited {
            moreAudited[kind, default: 0] += 1
        }
    }

    /// Throws every refusal at once (which rolls the import back); returns when there are none.
    /// One refused row is thrown as itself, so a file with one mistake reads as before.
    func throwIfAny() throws {
        guard !isEmpty else { return }
        if count == 1, let first = shown.first { throw first }
        throw Refusals(shown, total: count, moreAudited: moreAudited)
    }

    /// Runs one row's work, keeping its refusal instead of ending the import.
    func collecting(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch let refusal as Refusal {
            add(refusal)
        }
    }

    /// The next row that the reader could read; a record it refused is kept and skipped.
    func next<Row>(_ nextRow: () throws -> Row?) throws -> Row? {
        while true {
            do {
                return try nextRow()
            } catch let refusal as Refusal {
                add(refusal)
            }
        }
    }
}
