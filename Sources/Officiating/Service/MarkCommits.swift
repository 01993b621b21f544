import Dispatch
import ScoreStore
import Synchronization

/// Group commit of the judges' typed marks. A commit waits for the disk (synchronous=FULL: the
/// log is synced before the answer), so one transaction per mark caps a venue at the disk's
/// syncs per second, with every other judge queued behind each one. Here, while a transaction
/// commits, the marks that arrive wait together, and the next transaction stores all of them
/// (`ScoreDatabase.enterMarks`, a savepoint each). One caller leads at a time: it stores what is
/// waiting, its own mark among it, answers that group, then hands the lead to the first mark
/// that came meanwhile. A mark is answered only after the transaction holding it committed.
final class MarkCommits: Sendable {
    private final class Ticket: @unchecked Sendable {
        let mark: TypedMark
        let stages: MarkStages?
        let wake = DispatchSemaphore(value: 0)
        /// Set by the leader before `wake` is signalled; read after waiting on it.
        var result: Result<EnteredMark, any Error>?

        init(_ mark: TypedMark, _ stages: MarkStages?) {
            self.mark = mark
            self.stages = stages
        }
    }

    private struct Waiting: Sendable {
        var tickets: [Ticket] = []
        var led = false
    }

    private let store: ScoreDatabase
    private let waiting = Mutex(Waiting())

    init(store: ScoreDatabase) {
        self.store = store
    }

    /// Stores `mark` with the others waiting; returns once their transaction committed.
    func enter(_ mark: TypedMark, stages: MarkStages? = nil) throws -> EnteredMark {
        let ticket = Ticket(mark, stages)
        let leads = waiting.withLock { waiting in
            waiting.tickets.append(ticket)
            guard !waiting.led else { return false }
            waiting.led = true
            return true
        }
        if !leads { ticket.wake.wait() }
        // Woken without a result: the lead was handed to this mark.
        if ticket.result == nil { lead() }
        stages?.note(.woken)
        return try ticket.result!.get()
    }

    private func lead() {
        let group = waiting.withLock { waiting in
            defer { waiting.tickets = [] }
            return waiting.tickets
        }
        let results: [Result<EnteredMark, any Error>]
        let timed = group.contains { $0.stages != nil }
        let started = timed ? DispatchTime.now().uptimeNanoseconds : 0
        var written: UInt64 = 0
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
            MarkStages.noteGroup(size: group.count)
        }
        for (ticket, result) in zip(group, results) { ticket.result = result }
        let next = waiting.withLock { waiting in
            guard let first = waiting.tickets.first else {
                waiting.led = false
                return nil as Ticket?
            }
            return first
        }
        for ticket in group { ticket.wake.signal() }
        next?.wake.signal()
    }
}
