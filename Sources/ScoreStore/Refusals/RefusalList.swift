/// The rows an import refuses, gathered so that one run reports them all (in file order)
/// instead of stopping at the first. A class: the mark writer and the import loop add to the
/// same list.
final class RefusalList {
    /// How many refused rows a message lists; the rest are counted.
    static let shownLimit = 100

    private(set) var shown: [EntryRefusal] = []
    /// The first refusal as it was thrown: an import with one bad row throws it as before.
    private var first: (any Error)?
    private(set) var count = 0
    /// Refusals that matter for trust (panel, recusal, locked round): recorded in the audit
    /// log once the import has rolled back, as `(kind, summary)`.
    private(set) var toRecord: [(kind: String, summary: String)] = []
    /// Audited refusals past the limit, by kind: recorded as one count each.
    private var recordedBeyondLimit: [String: Int] = [:]

    var isEmpty: Bool { count == 0 }

    func add(_ refusal: EntryRefusal, record summary: String? = nil, thrown: (any Error)? = nil) {
        if count == 0 { first = thrown ?? refusal }
        count += 1
        if shown.count < Self.shownLimit { shown.append(refusal) }
        guard let kind = refusal.recordAs else { return }
        if toRecord.count < Self.shownLimit {
            toRecord.append((kind, summary ?? refusal.problem))
        } else {
            recordedBeyondLimit[kind, default: 0] += 1
        }
    }

    /// Throws every refusal at once (which rolls the import back); returns when there are none.
    /// One refused row is thrown as it was found (an `EntryRefusal`, or a locked round's
    /// refusal), so a file with one mistake is refused and recorded exactly as before.
    func throwIfAny() throws {
        guard !isEmpty else { return }
        if count == 1, let first { throw first }
        var records = toRecord
        for (kind, more) in recordedBeyondLimit.sorted(by: { $0.key < $1.key }) {
            records.append((kind, "and \(more) more rows of the same import refused as \(kind)"))
        }
        throw ImportRefusals(refusals: shown, total: count, records: records)
    }
}

/// Every row an import refused (the first `RefusalList.shownLimit`, and how many in all);
/// nothing of the import was stored.
public struct ImportRefusals: Error, Sendable {
    public var refusals: [EntryRefusal]
    public var total: Int
    /// What the store records in the audit log after the rollback.
    var records: [Record]

    struct Record: Sendable {
        let kind: String
        let summary: String
    }

    init(refusals: [EntryRefusal], total: Int, records: [(kind: String, summary: String)]) {
        self.refusals = refusals
        self.total = total
        self.records = records.map { Record(kind: $0.kind, summary: $0.summary) }
    }
}

extension RefusalList {
    /// A row for a locked round, recorded as `refusal.locked` with the lock it ran into.
    func add(_ locked: LockedRoundRefusal, source: String) {
        var refusal = locked.refusal
        refusal.recordAs = "refusal.locked"
        add(refusal, record: "\(source) line \(refusal.line) refused: \(locked.lock.description)", thrown: locked)
    }

    /// Runs one row's work, keeping its refusal instead of ending the import.
    func collecting(source: String, _ work: () throws -> Void) throws {
        do {
            try work()
        } catch let refusal as EntryRefusal {
            add(refusal)
        } catch let locked as LockedRoundRefusal {
            add(locked, source: source)
        }
    }
}

extension RefusalList {
    /// The next row that the reader could read; a record it refused is kept and skipped.
    func next<Row>(_ nextRow: () throws -> Row?) throws -> Row? {
        while true {
            do {
                return try nextRow()
            } catch let refusal as EntryRefusal {
                add(refusal)
            }
        }
    }
}
