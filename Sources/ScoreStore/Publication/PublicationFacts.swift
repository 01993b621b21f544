import Crypto
import Foundation
import GRDB

/// The audit facts of publications and appeals: what each write records and what
/// `judge audit verify` reads back from the tables, built by the same functions so the two
/// agree exactly until someone edits the tables directly.
enum PublicationFacts: AuditFactSource {
    static func version(
        trade: String, version: Int, sheetSHA256: String, storedSHA256: String, publishedAt: String,
        noticeEndsAt: String, by: String
    ) -> (AuditFact, String) {
        // The digest of the stored bytes as well as the recorded one: an edit of either shows.
        (
            AuditFact("publication", trade, String(version)),
            "sheet \(storedSHA256) recorded \(sheetSHA256) published \(publishedAt) notice-until \(noticeEndsAt) by \(by)"
        )
    }

    static func file(trade: String, version: Int, name: String, sha256: String) -> (AuditFact, String) {
        (AuditFact("publication.file", trade, String(version), name), sha256)
    }

    static func final(trade: String, version: Int, at: String, by: String) -> (AuditFact, String) {
        (AuditFact("publication.final", trade, String(version)), "\(at) by \(by)")
    }

    static func appeal(
        id: Int64, trade: String, version: Int, number: String, reason: String, by: String, at: String
    ) -> (AuditFact, String) {
        (
            AuditFact("appeal", String(id)),
            "trade \(trade) version \(version) competitor \(number) by \(by) at \(at): \(reason)"
        )
    }

    static func ruling(id: Int64, ruling: String, by: String, at: String) -> (AuditFact, String) {
        (AuditFact("appeal.ruling", String(id)), "by \(by) at \(at): \(ruling)")
    }

    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM publication ORDER BY trade_id, version") {
            let trade: String = row["trade_id"]
            let version: Int = row["version"]
            let sheet: Data = row["sheet"] ?? Data()
            let stored = SHA256.hash(data: sheet).hexDigits
            let fact = Self.version(
                trade: trade, version: version, sheetSHA256: row["sheet_sha256"], storedSHA256: stored,
                publishedAt: row["published_at"], noticeEndsAt: row["notice_ends_at"], by: row["published_by"])
            try emit(fact.0, fact.1)
            if let finalAt: String = row["final_at"] {
                let final = Self.final(trade: trade, version: version, at: finalAt, by: row["final_by"] ?? "")
                try emit(final.0, final.1)
            }
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT p.trade_id, p.version, f.name, f.sha256 FROM publication_file f
                JOIN publication p ON p.id = f.publication_id ORDER BY p.trade_id, p.version, f.name
                """)
        {
            let fact = Self.file(
                trade: row["trade_id"], version: row["version"], name: row["name"], sha256: row["sha256"])
            try emit(fact.0, fact.1)
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM appeal ORDER BY id") {
            let id: Int64 = row["id"]
            let appeal = Self.appeal(
                id: id, trade: row["trade_id"], version: row["version"], number: row["number"], reason: row["reason"],
                by: row["filed_by"], at: row["filed_at"])
            try emit(appeal.0, appeal.1)
            if let ruling: String = row["ruling"] {
                let fact = Self.ruling(id: id, ruling: ruling, by: row["ruled_by"] ?? "", at: row["ruled_at"] ?? "")
                try emit(fact.0, fact.1)
            }
        }
    }
}
