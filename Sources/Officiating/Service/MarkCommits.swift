import Dispatch
import ScoreStore
import StoreValues
import Synchronization

/// Group commit of the judges' typed marks. A commit waits for the disk (synchronous=FULL: the
/// log is synced before the answer), so one transaction per mark caps a venue at the disk's
/// syncs per second, with every other judge queued behind each one. Here, while a transaction
/// commits, the marks that arrive wait together, and the next transaction stores all of them
/// (`ScoreDatabase.enterMarks`, a savepoint each). A mark is answered only after the
/// transaction holding it committed.
///
/// The transactions run on one thread of their own, one after another, and a waiting mark holds
/// no thread: it is a suspended task, resumed with its result. When each waiting mark held a
/// thread blocked on a semaphore, a commit woke dozens of threads at once, and they took the CPU
/// from the one thread every mark waits for, the one writing the next group
/// (Benchmarks/serve/README.md).
final class MarkCommits: Sendable {
    private struct Ticket: Sendable {
        let mark: TypedMark
        let stages: MarkStages?
        let answer: CheckedContinuation<EnteredMark, any Error>
    }

    private struct Waiting: Sendable {
        var tickets: [Ticket] = []
        /// Whether the writer is storing a group; it takes the next before it stops.
        var writing = false
    }

    private let store: ScoreDatabase
    private let waiting = Mutex(Waiting())
    private let writer = DispatchQueue(label: "judge.mark-commits")

    init(store: ScoreDatabase) {
        self.store = store
    }

    /// Stores `mark` with the others waiting; returns once their transaction committed.
    func enter(_ mark: TypedMark, stages: MarkStages? = nil) async throws -> EnteredMark {
        try await withCheckedThrowingContinuation { answer in
            let starts = waiting.withLock { waiting in
                waiting.tickets.append(Ticket(mark: mark, stages: stages, answer: answer))
                guard !waiting.writing else { return false }
                waiting.writing = true
                return true
            }
            if starts { writer.async { self.write() } }
        }
    }

    /// Stores what waits, answers it, and again, until nothing waits.
    private func write() {
        while true {
            let group = waiting.withLock { waiting in
                defer { waiting.tickets = [] }
                if waiting.tickets.isEmpty { waiting.writing = false }
                return waiting.tickets
            }
            guard !group.isEmpty else { return }
            let results = store(group)
            for (ticket, result) in zip(group, results) { ticket.answer.resume(with: result) }
        }
    }

    private func store(_ group: [Ticket]) -> [Result<EnteredMark, any Error>] {
        let timed = group.contains { $0.stages != nil }
        let started = timed ? DispatchTime.now().uptimeNanoseconds : 0
        let cpu = timed ? MarkStages.threadCPU() : 0
        var written: UInt64 = 0
        let results: [Result<EnteredMark, any Error>]
        do {
            results = try store.enterMarks(group.map(\.mark)) {
                if timed { written = DispatchTime.now().uptimeNanoseconds }
            }
        } catch {
            results = group.map { _ in .failure(error) }
        }
        if timed {
            let committed = DispatchTime.now().uptimeNanoseconds
            for stages in group.compactMap(\.stages) {
                stages.note(.groupStarted, at: started)
                stages.note(.written, at: written)
                stages.note(.committed, at: committed)
            }
            MarkStages.noteGroup(size: group.count, wall: committed - started, cpu: MarkStages.threadCPU() - cpu)
        }
        return results
    }
}
