import Synchronization
import Testing

@testable import ScoreStore

/// Reading ahead must not change what a reader yields, nor in which order, nor when it fails.
struct ReadAheadTests {
    private struct Broken: Error, Equatable {
        let at: Int
    }

    /// A reader of 0..<count that throws `Broken` instead of yielding `failAt`.
    private func reader(count: Int, failAt: Int? = nil) -> () throws -> Int? {
        var next = 0
        return {
            guard next < count else { return nil }
            if next == failAt { throw Broken(at: next) }
            defer { next += 1 }
            return next
        }
    }

    private func drain(_ ahead: inout ReadAhead<Int>) throws -> [Int] {
        var seen: [Int] = []
        while let element = try ahead.next() { seen.append(element) }
        return seen
    }

    @Test(arguments: [0, 1, 63, 64, 65, 1000])
    func everyElementComesOutOnceAndInOrder(count: Int) throws {
        var ahead = ReadAhead(batchSize: 64, depth: 2, reader(count: count))
        defer { ahead.stop() }
        #expect(try drain(&ahead) == Array(0..<count))
        #expect(try ahead.next() == nil)
    }

    @Test(arguments: [0, 5, 64, 130])
    func theReadersErrorComesAfterEveryElementBeforeIt(failAt: Int) throws {
        var ahead = ReadAhead(batchSize: 64, depth: 2, reader(count: 1000, failAt: failAt))
        defer { ahead.stop() }
        var seen: [Int] = []
        #expect(throws: Broken(at: failAt)) {
            while let element = try ahead.next() { seen.append(element) }
        }
        #expect(seen == Array(0..<failAt))
    }

    @Test func stoppingEarlyEndsReadingWhileTheQueueIsFull() throws {
        let reads = Atomic<Int>(0)
        var ahead = ReadAhead(batchSize: 8, depth: 2) { () -> Int? in
            reads.add(1, ordering: .relaxed)
            return 7
        }
        #expect(try ahead.next() == 7)
        ahead.stop()
        let afterStop = reads.load(ordering: .relaxed)
        // At most the queue and one batch in hand: the reader is never called again.
        #expect(afterStop <= 8 * 4)
        #expect(reads.load(ordering: .relaxed) == afterStop)
    }
}
