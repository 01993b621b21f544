import GRDB

/// The columns of one statement by name, found as GRDB finds them (case-insensitive, the
/// leftmost of equal names), so that a record looks its columns up once per statement.
struct ColumnIndex {
    private let positions: [String: Int]

    init(_ names: some Sequence<String>) {
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = position
        }
        self.positions = positions
    }

    /// The column's position; a statement without it is a programming error, thrown rather
    /// than trapped as GRDB's `row[column]` does.
    func callAsFunction(_ column: Column) throws -> Int {
        guard let position = positions[column.name.lowercased()] else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "no such column: \(column.name)")
        }
        return position
    }
}
