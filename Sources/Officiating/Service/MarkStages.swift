import Dispatch
import Foundation
import Synchronization

/// Where a tablet's mark spends its time in `judge serve`, measured when `JUDGE_MARK_STAGES` is
/// set (Benchmarks/serve): each stage's duration, from the request reaching the session check to
/// the answer being made, gathered for every mark and printed as percentiles when the service
/// stops. Off, it costs one check per request.
public final class MarkStages: @unchecked Sendable {
    public static let enabled = ProcessInfo.processInfo.environment["JUDGE_MARK_STAGES"] != nil

    /// In the order a mark passes them; each stage's duration runs from the one before.
    public enum Stage: Int, CaseIterable, Sendable {
        /// The session middleware has the request.
        case arrived
        /// A store thread starts the session lookup (the wait for the thread before).
        case sessionThread
        case sessionRead
        /// Back on the event loop, the body read and parsed.
        case parsed
        /// A store thread starts the mark.
        case markThread
        /// The request-id memo and the competitor read.
        case looked
        /// The transaction holding this mark starts (waiting for the one before to commit).
        case groupStarted
        /// The group's rows and audit records are written, before the commit.
        case written
        /// The commit is on disk (synchronous=FULL).
        case committed
        /// This mark's task runs again after the commit.
        case woken
        /// Back on the event loop, the JSON answer made.
        case answered
    }

    /// Set by one thread at a time, in stage order; each `await` hands it on.
    private var times = [UInt64](repeating: 0, count: Stage.allCases.count)

    public init() {}

    public func note(_ stage: Stage) {
        times[stage.rawValue] = DispatchTime.now().uptimeNanoseconds
    }

    /// Sets a stage's time taken elsewhere (the group's, shared by its marks).
    func note(_ stage: Stage, at time: UInt64) {
        times[stage.rawValue] = time
    }

    /// Adds this mark's durations to the totals; a mark that missed a stage (a resend, a refusal)
    /// is not counted.
    public func finish() {
        guard times.allSatisfy({ $0 > 0 }) else { return }
        let durations = zip(times.dropFirst(), times).map { UInt32(min(($0 - min($0, $1)) / 1000, UInt64(UInt32.max))) }
        Self.gathered.withLock { $0.append(durations) }
    }

    private static let gathered = Mutex<[[UInt32]]>([])
    private static let groups = Mutex<[(size: Int, wall: UInt64, cpu: UInt64)]>([])

    /// A group's size, and its transaction's time on the clock and on the writer's CPU.
    static func noteGroup(size: Int, wall: UInt64, cpu: UInt64) {
        groups.withLock { $0.append((size, wall, cpu)) }
    }

    /// This thread's CPU time so far, in nanoseconds.
    static func threadCPU() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// One line per stage: p50, p99 and mean in microseconds, over every mark gathered.
    public static func report() -> String {
        let all = gathered.withLock { $0 }
        guard !all.isEmpty else { return "mark stages: no mark measured" }
        var lines = ["mark stages (µs) over \(all.count) marks: p50 p99 mean"]
        for stage in Stage.allCases.dropFirst() {
            let values = all.map { $0[stage.rawValue - 1] }.sorted()
            let mean = values.reduce(0) { $0 + UInt64($1) } / UInt64(values.count)
            lines.append(
                "  \(stage): \(values[values.count / 2]) \(values[values.count * 99 / 100]) \(mean)")
        }
        let totals = all.map { $0.reduce(0) { $0 + UInt64($1) } }.sorted()
        lines.append("  total: \(totals[totals.count / 2]) \(totals[totals.count * 99 / 100])")
        let groups = groups.withLock { $0 }
        if !groups.isEmpty {
            let sizes = groups.map(\.size).sorted()
            let marks = UInt64(sizes.reduce(0, +))
            let (wall, cpu) = (groups.reduce(0) { $0 + $1.wall }, groups.reduce(0) { $0 + $1.cpu })
            lines.append(
                "  marks a commit: p50 \(sizes[sizes.count / 2]), max \(sizes.last!), \(groups.count) commits; "
                    + "transaction a mark: \(wall / marks / 1000) µs on the clock, \(cpu / marks / 1000) µs of the writer's CPU"
            )
        }
        return lines.joined(separator: "\n")
    }
}
