import Foundation
import Synchronization

/// The one broadcaster: the latest board and every open event stream. A commit only marks the
/// board stale; the ticker reads it once and `publish` hands the same bytes to all streams, so
/// 500 open boards cost one read, not 500 (web.md: one observation per client took 25 s).
public final class BoardFeed: Sendable {
    private struct State {
        var latest: String?
        var eventID: Int64
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var nextStream = 0
        var finished = false
    }

    private let state: Mutex<State>
    private let stale = Atomic<Bool>(true)

    public init() {
        // Ids go on rising across restarts, so a browser's Last-Event-ID never looks newer.
        state = Mutex(State(eventID: Int64(Date().timeIntervalSince1970 * 1000)))
    }

    /// A commit changed something the board may show: the next tick reads it again.
    public func markStale() { stale.store(true, ordering: .relaxed) }

    func takeStale() -> Bool { stale.exchange(false, ordering: .relaxed) }

    public var openStreams: Int { state.withLock { $0.streams.count } }

    /// A new stream, starting with the current board; nil once the service is stopping.
    func subscribe() -> AsyncStream<String>? {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let accepted = state.withLock { state -> Bool in
            guard !state.finished else { return false }
            let id = state.nextStream
            state.nextStream += 1
            state.streams[id] = continuation
            continuation.yield("retry: 2000\n\n")
            if let latest = state.latest { continuation.yield(Self.event(latest, id: state.eventID)) }
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.streams.removeValue(forKey: id) }
            }
            return true
        }
        if !accepted { continuation.finish() }
        return accepted ? stream : nil
    }

    /// The board as JSON: sent to every stream when it differs from the last one sent.
    @discardableResult
    func publish(_ board: String) -> Bool {
        state.withLock { state in
            guard board != state.latest else { return false }
            state.latest = board
            state.eventID += 1
            let event = Self.event(board, id: state.eventID)
            for continuation in state.streams.values { continuation.yield(event) }
            return true
        }
    }

    /// A comment line, so proxies and the browser see the stream is alive.
    func heartbeat() {
        state.withLock { state in
            for continuation in state.streams.values { continuation.yield(": heartbeat\n\n") }
        }
    }

    /// Ends every stream (SIGTERM): an open stream must not hold the server up.
    public func finishAll() {
        let streams = state.withLock { state in
            state.finished = true
            defer { state.streams.removeAll() }
            return Array(state.streams.values)
        }
        streams.forEach { $0.finish() }
    }

    var latest: String? { state.withLock { $0.latest } }

    private static func event(_ data: String, id: Int64) -> String {
        "id: \(id)\nevent: board\ndata: \(data)\n\n"
    }
}
