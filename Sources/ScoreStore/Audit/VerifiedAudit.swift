import GRDB
import Messages
import StoreValues
import Synchronization

/// The lock's audit gate (`judge audit verify` must pass before a sign-off) without replaying
/// the whole log each time, which grows by a record a mark: 20 000 records after ten seconds of
/// the load bench, and a lock's answer waited for all of them (issue 13).
///
/// Why it still refuses a database edited outside `judge`: the whole log is verified once on
/// this store's writer connection, and its head and that connection's `PRAGMA data_version`
/// are kept. `data_version` changes when any other connection commits: the CLI, another
/// process, `sqlite3` on the file. While it has not changed, every change since came through
/// this writer, in `judge`'s own transactions, each with its audit record; then only the records
/// added since are checked (chained to the kept head, each hash recomputed). Any other commit
/// meanwhile, or no kept head, and the whole log is verified again. Publishing verifies the
/// whole log every time, whatever this holds.
final class VerifiedAudit: Sendable {
    private struct Head: Sendable {
        let pin: AuditPin
        let dataVersion: Int64
    }

    private let last = Mutex<Head?>(nil)

    /// Refuses with `audit_broken` when the log does not hold; `db` must be in a transaction
    /// of the store's writer connection.
    func require(for action: String, _ db: Database) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? -1
        if let kept = last.withLock({ $0 }), kept.dataVersion == version,
            let head = try ScoreDatabase.chainContinues(from: kept.pin, db)
        {
            last.withLock { $0 = Head(pin: head, dataVersion: version) }
            return
        }
        let verification = try ScoreDatabase.verifyAudit(db)
        guard verification.problems.isEmpty else {
            last.withLock { $0 = nil }
            throw Refusal.auditBroken(action, verification)
        }
        last.withLock { $0 = verification.head.map { Head(pin: $0, dataVersion: version) } }
    }
}

extension ScoreDatabase {
    /// Verifies the whole log once on the writer connection, so that a lock in this process
    /// then checks only what was added (`VerifiedAudit`). `judge serve` runs it as it starts;
    /// a problem found is left for the lock to refuse.
    public func verifyAuditForLocks() throws {
        try writer.write { db in try? verifiedAudit.require(for: "judge serve", db) }
    }
}
