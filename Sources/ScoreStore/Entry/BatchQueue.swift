import Foundation

/// The batches read and not yet taken, shared by the reading and the consuming thread.
final class BatchQueue<Element: Sendable>: @unchecked Sendable {
    // `@unchecked`: every property is guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [[Element]] = []
    private var ended = false
    private var failure: (any Error)?
    private var stopped = false
    private var reading = true

    /// The next batch (never empty), nil at the end, or the error that ended reading.
    func take() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !ended { condition.wait() }
        guard ready.isEmpty else {
            condition.broadcast()
            return ready.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while reading { condition.wait() }
        condition.unlock()
    }

    func fill(batchSize: Int, depth: Int, _ read: () throws -> Element?) {
        var finished = false
        while !finished {
            var batch: [Element] = []
            batch.reserveCapacity(batchSize)
            var error: (any Error)?
            do {
                while batch.count < batchSize, let element = try read() { batch.append(element) }
                finished = batch.count < batchSize
            } catch let failure {
                error = failure
                finished = true
            }
            condition.lock()
            while ready.count >= depth && !stopped { condition.wait() }
            if stopped { finished = true }
            if !batch.isEmpty { ready.append(batch) }
            if finished {
                ended = true
                failure = error
                reading = false
            }
            condition.broadcast()
            condition.unlock()
        }
    }
}
