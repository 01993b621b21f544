import Crypto
import Foundation
import GRDB
import StoreValues

/// One record of the audit log, as stored.
public struct AuditRecord: Sendable {
    public let seq: Int64
    public let at: String
    public let kind: String
    public let actor: String
    public let summary: String
    public let changes: AuditChanges
    public let previousHash: String
    public let hash: String
    /// The entry batch (import, typed mark, correction, revert) this record belongs to, if any.
    public let batch: Int64?

    static let firstPreviousHash = String(repeating: "0", count: 64)
    /// The fact of a first record that continues the chain of a database `init --force` replaced:
    /// its value names the old file and the old chain's last record and hash.
    static let replacedDatabaseFact = ClerkFacts.option(ReplacedDatabase.option)

    /// The SHA-256 of the previous record's hash and this record's content, each field
    /// length-prefixed so that no two different records hash the same bytes.
    /// A record with a batch hashes it as one more field; one without hashes as before it existed.
    static func hash(
        previous: String, seq: Int64, at: String, kind: String, actor: String, summary: String, changes: AuditChanges,
        batch: Int64? = nil
    ) -> String {
        // The fields' bytes in one buffer, hashed once: an array and a string per field were
        // most of the hash's time, which every verification spends on every record.
        var text: [UInt8] = []
        text.reserveCapacity(160 + previous.utf8.count + summary.utf8.count)
        func field(_ bytes: some Collection<UInt8>) {
            AuditText.appendDigits(UInt64(bytes.count), to: &text)
            text.append(UInt8(ascii: ":"))
            text.append(contentsOf: bytes)
        }
        for part in ["judge-audit-1", previous, String(seq), at, kind, actor, summary] { field(part.utf8) }
        if let batch { field("batch \(batch)".utf8) }
        AuditText.appendDigits(UInt64(changes.bytes.count), to: &text)
        text.append(UInt8(ascii: ":"))
        var hasher = SHA256()
        hasher.update(data: text)
        hasher.update(data: changes.bytes)
        return hasher.finalize().hexDigits
    }

    var expectedHash: String {
        Self.hash(
            previous: previousHash, seq: seq, at: at, kind: kind, actor: actor, summary: summary, changes: changes,
            batch: batch)
    }

    init(_ row: Row) {
        seq = row["seq"]
        at = row["at"]
        kind = row["kind"]
        actor = row["actor"]
        summary = row["summary"]
        changes = AuditChanges(bytes: (row["changes"] as Data?).map { [UInt8]($0) } ?? [])
        previousHash = row["prev_hash"]
        hash = row["hash"]
        batch = row["batch_id"]
    }
}

extension ScoreDatabase {
    /// Appends one record chained to the last, inside the caller's write transaction, so a
    /// change and its record are committed together or not at all.
    /// `continuing`: for the first record only, the last hash of the database it replaces.
    static func appendAudit(
        kind: String, actor: String, summary: String, changes: AuditChanges, batch: Int64? = nil,
        continuing: String? = nil, _ db: Database
    ) throws {
        var changes = changes
        try AuditRowFacts.collect(into: &changes, db)
        let last = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1"))
        let seq = (last?["seq"] as Int64? ?? 0) + 1
        let previous = (last?["hash"] as String?) ?? continuing ?? AuditRecord.firstPreviousHash
        // A clock set back never dates a record before the one it follows: the later of the two.
        let now = try String.fetchOne(db.cachedStatement(sql: "SELECT judge_now()")) ?? ""
        let at = max(now, (last?["at"] as String?) ?? "")
        let hash = AuditRecord.hash(
            previous: previous, seq: seq, at: at, kind: kind, actor: actor, summary: summary, changes: changes,
            batch: batch)
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (seq, at, kind, actor, summary, changes, prev_hash, hash, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [seq, at, kind, actor, summary, Data(changes.bytes), previous, hash, batch])
    }
}

extension Sequence<UInt8> {
    /// Lower-case hex, as digests are shown and stored. From a table: `String(format:)` per byte
    /// was 3% of the service's CPU (every audit record and every signed-in request hash one).
    var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
