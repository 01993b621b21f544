/// The first rows of an entry file, read before any is checked so that the size of the file
/// can decide how its rows are looked up (`EntryContext.wholeFrom`); then handed out again,
/// in order, followed by the rest. A row the reader refused comes out as that refusal.
struct FirstRows<Row> {
    private var rows: [Result<Row, any Error>] = []
    private var position = 0
    private let rest: () throws -> Row?
    /// The reader ended (or failed) while the first rows were read.
    private let ended: Bool

    /// How many rows were read ahead: the whole file, or `limit` when it has more.
    var count: Int { rows.count }

    init(_ next: @escaping () throws -> Row?, limit: Int) {
        rest = next
        var ended = false
        while rows.count < limit && !ended {
            do {
                if let row = try next() { rows.append(.success(row)) } else { ended = true }
            } catch {
                rows.append(.failure(error))
                // A refused record leaves the reader at the next one; any other error ends it.
                ended = !(error is EntryRefusal)
            }
        }
        self.ended = ended
    }

    mutating func next() throws -> Row? {
        if position < rows.count {
            position += 1
            return try rows[position - 1].get()
        }
        return ended ? nil : try rest()
    }
}
