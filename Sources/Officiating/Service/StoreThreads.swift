/// Where a door runs the store's waiting calls (GRDB reads, a PIN's hash): threads of their
/// own, never an event loop or the cooperative pool (`judge serve`'s `Blocking`).
public protocol StoreThreads: Sendable {
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T
}
