import Dispatch

/// The store is synchronous (GRDB, PBKDF2): its calls run on their own threads, never on the
/// event loop or the two threads of the cooperative pool, so 50 judges waiting for the single
/// writer do not stall the board's streams.
enum Blocking {
    private static let queue = DispatchQueue(label: "judge.serve.store", attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
