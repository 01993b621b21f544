import ScoringCore

/// Judges by position in the competition: a bit each for the first 64, so that a batch
/// import keeps one small value per competitor and round rather than an array.
struct JudgeSet {
    private var bits: UInt64 = 0
    private var beyond: [Int] = []

    var count: Int { bits.nonzeroBitCount + beyond.count }

    func contains(_ judge: Int) -> Bool {
        judge < 64 ? bits & (1 << UInt64(judge)) != 0 : beyond.contains(judge)
    }

    mutating func insert(_ judge: Int) {
        guard !contains(judge) else { return }
        if judge < 64 { bits |= 1 << UInt64(judge) } else { beyond.append(judge) }
    }

    /// In competition order.
    var members: [Int] {
        (0..<64).filter { bits & (1 << UInt64($0)) != 0 } + beyond.sorted()
    }
}
