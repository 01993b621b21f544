import GRDB
import ScoringCore

extension ScoreDatabase {
    static func saveDocumentSettings(_ settings: DocumentSettings, _ db: Database) throws {
        guard !settings.isDefault else { return }
        try db.execute(
            sql: "INSERT INTO document_settings (organizer, contact, signatures) VALUES (?, ?, ?)",
            arguments: [settings.organizer, settings.contact, settings.signatures?.joined(separator: "\n")])
    }

    static func loadDocumentSettings(_ db: Database) throws -> DocumentSettings {
        guard let row = try Row.fetchOne(db, sql: "SELECT organizer, contact, signatures FROM document_settings")
        else { return DocumentSettings() }
        let signatures: String? = row["signatures"]
        return DocumentSettings(
            organizer: row["organizer"], contact: row["contact"],
            signatures: signatures.map { $0.isEmpty ? [] : $0.split(separator: "\n").map(String.init) })
    }
}
