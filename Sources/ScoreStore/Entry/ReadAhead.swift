import Foundation

/// Reads elements ahead on a thread of its own, a batch at a time, so that reading a file
/// overlaps what the caller does with each element (a mark import: storing it).
/// Elements, then the error or the end that stops `read`, come out exactly in the order
/// `read` produced them. At most `depth` batches wait, so memory stays bounded.
///
/// The caller must call `stop()` when it is done, early or not: the reading thread holds
/// the reader until then.
struct ReadAhead<Element: Sendable> {
    private let batches: BatchQueue<Element>
    // The batch being handed out, a value of the consumer's own: as properties of the shared
    // queue, each access was checked for exclusive access at run time.
    private var current: [Element] = []
    private var position = 0

    /// Starts reading at once. `read` is called only on the reading thread.
    init(batchSize: Int = 1024, depth: Int = 4, _ read: @escaping () throws -> Element?) {
        batches = BatchQueue()
        let reader = ReaderBox(read)
        Thread.detachNewThread { [batches] in
            batches.fill(batchSize: batchSize, depth: depth, reader.read)
        }
    }

    /// The next element, nil at the end, or the error that ended reading.
    mutating func next() throws -> Element? {
        if position < current.count {
            defer { position += 1 }
            return current[position]
        }
        guard let batch = try batches.take() else { return nil }
        current = batch
        position = 1
        return batch[0]
    }

    /// Stops reading and waits for the reading thread to let go of the reader.
    func stop() {
        batches.stop()
    }
}
