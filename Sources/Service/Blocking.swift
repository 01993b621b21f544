import NIOPosix
import Officiating

/// The store is synchronous (GRDB, PBKDF2) and its calls wait: for a reader, for the commit a
/// mark is grouped into, for the disk. They run on threads of their own, never on the event loop
/// or the cooperative pool. Not on a concurrent DispatchQueue: on Linux its pool starts at one
/// thread per core and adds one a second while its threads wait, so 50 judges' marks queued
/// behind two threads.
struct Blocking: StoreThreads {
    /// Enough for every tablet of a venue (50 judges), the console and the board to wait at once.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 64)
        pool.start()
        return pool
    }()

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(work)
    }

    /// The same threads, for a use case that runs its own waiting calls (`JudgeMarkEntry`).
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await Self.run(work)
    }
}
