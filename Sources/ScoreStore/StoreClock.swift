public import Foundation
import GRDB
import StoreValues

/// The one clock of a store: every time a write stamps (the audit log, batches, locks,
/// credentials, PIN checks) comes from it, so a test can fix it and see it everywhere.
public struct StoreClock: Sendable {
    public let now: @Sendable () -> Date

    public init(_ now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = StoreClock { Date() }

    /// A clock that always reads `date`.
    public static func fixed(_ date: Date) -> StoreClock { StoreClock { date } }

    /// As SQLite's `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` wrote it: milliseconds, UTC. The
    /// audit chain hashes this text, so the form must not change.
    func millisecondText() -> String {
        now().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// As `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')` wrote it: whole seconds, UTC.
    func secondText() -> String { StoredTime.text(now()) }

    /// `judge_now()` and `judge_now_s()` in SQL on this connection, so statements inside a
    /// transaction read the store's clock instead of SQLite's.
    func install(in db: Database) {
        let clock = self
        db.add(function: DatabaseFunction("judge_now", argumentCount: 0, pure: false) { _ in clock.millisecondText() })
        db.add(function: DatabaseFunction("judge_now_s", argumentCount: 0, pure: false) { _ in clock.secondText() })
    }
}
