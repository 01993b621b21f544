import GRDB

/// What a schema is made of, as SQLite reports it: each table's columns (name, type, not
/// null, default, key), foreign keys and indexes, and each trigger. The text of a `CREATE
/// TABLE` is left out: `ALTER TABLE` rewrites it, so two equal schemas can be written apart.
struct SchemaShape: Equatable {
    let lines: [String]

    init(_ db: Database) throws {
        var lines: [String] = []
        let objects = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' AND type IN ('table', 'trigger')
                ORDER BY type, name
                """)
        for object in objects {
            let name: String = object["name"]
            let sql: String = object["sql"] ?? ""
            let words = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if object["type"] == "trigger" {
                lines.append("\(name): trigger \(words)")
                continue
            }
            let quoted = name.replacingOccurrences(of: "\"", with: "\"\"")
            lines.append(
                "\(name): table"
                    + (words.uppercased().hasSuffix("WITHOUT ROWID") ? " without rowid" : "")
                    + (words.uppercased().contains("AUTOINCREMENT") ? " autoincrement" : ""))
            for column in try Row.fetchAll(db, sql: "PRAGMA table_xinfo(\"\(quoted)\")") {
                lines.append(
                    "\(name): column \(column["name"] as String) \(column["type"] as String) notnull=\(column["notnull"] as Int)"
                        + " default=\(column["dflt_value"] as String? ?? "-") pk=\(column["pk"] as Int)")
            }
            for key in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\"\(quoted)\")") {
                lines.append(
                    "\(name): foreign key \(key["id"] as Int).\(key["seq"] as Int) \(key["from"] as String)"
                        + " -> \(key["table"] as String)(\(key["to"] as String? ?? "-"))")
            }
            for index in try Row.fetchAll(db, sql: "PRAGMA index_list(\"\(quoted)\")").sorted(by: {
                ($0["name"] as String) < ($1["name"] as String)
            }) {
                let indexName: String = index["name"]
                let columns = try String.fetchAll(
                    db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [indexName]
                ).joined(separator: ", ")
                // SQLite names the indexes behind UNIQUE and PRIMARY KEY itself.
                let shown = (index["origin"] as String) == "c" ? indexName : "(\(index["origin"] as String))"
                lines.append(
                    "\(name): index \(shown) unique=\(index["unique"] as Int) partial=\(index["partial"] as Int) (\(columns))"
                )
            }
        }
        self.lines = lines
    }

    /// The first line where this schema departs from `expected`, quoted for a message.
    func firstDifference(from expected: SchemaShape) -> String? {
        for (found, wanted) in zip(lines, expected.lines) where found != wanted {
            return "found \"\(found)\" where \"\(wanted)\" belongs"
        }
        if lines.count > expected.lines.count { return "found \"\(lines[expected.lines.count])\" besides" }
        if lines.count < expected.lines.count { return "\"\(expected.lines[lines.count])\" is missing" }
        return nil
    }
}
