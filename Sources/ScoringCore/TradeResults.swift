/// Where a competitor stands on a trade's sheet. The cases are in sheet order (SCORING.md §4).
public enum Standing: Int, Comparable, Equatable, Sendable, CaseIterable {
    case ranked
    /// Only on a provisional sheet: active and qualified so far, marks still missing.
    case incomplete
    case notQualified
    /// Absent, disqualified and withdrawn share one group, ordered by number.
    case absent
    case disqualified
    case withdrawn

    public static func < (lhs: Standing, rhs: Standing) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The sheet group (SCORING.md §4): absent, disqualified and withdrawn share the last one.
    var sheetGroup: Int { min(rawValue, Standing.absent.rawValue) }

    init(_ status: Competitor.Status) {
        switch status {
        case .active: self = .ranked
        case .absent: self = .absent
        case .disqualified: self = .disqualified
        case .withdrawn: self = .withdrawn
        }
    }
}

/// One line of a result sheet (SCORING.md §8) as values.
public struct ResultRow: Equatable, Sendable {
    public var competitor: Competitor
    public var standing: Standing
    public var rank: Int?
    /// One per round, in competition order; nil where the round does not apply.
    public var scores: [Points?]
    public var total: Points?
    public var prize: PrizeTier?

    public init(
        competitor: Competitor, standing: Standing, rank: Int? = nil, scores: [Points?],
        total: Points? = nil, prize: PrizeTier? = nil
    ) {
        self.competitor = competitor
        self.standing = standing
        self.rank = rank
        self.scores = scores
        self.total = total
        self.prize = prize
    }
}

/// A mark that is missing, or one too many, for a competitor who needs complete marks.
public struct MarkProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case missing
        /// More judges' marks than the round takes.
        case extra
    }

    public var kind: Kind
    public var number: CompetitorNumber
    public var round: RoundID
    /// nil when any judge of the round may give the mark.
    public var judge: JudgeID?
    public var criterion: CriterionID?
    /// How many marks this line stands for (more than 1 only when `judge` is nil).
    public var count: Int

    public init(
        kind: Kind, number: CompetitorNumber, round: RoundID, judge: JudgeID?,
        criterion: CriterionID? = nil, count: Int = 1
    ) {
        self.kind = kind
        self.number = number
        self.round = round
        self.judge = judge
        self.criterion = criterion
        self.count = count
    }

    public var description: String {
        var place = "competitor \(number), round \(round)"
        if let judge { place += ", judge \(judge)" }
        if let criterion { place += ", criterion \(criterion)" }
        switch kind {
        case .missing where judge == nil:
            return "\(place): \(count) more judge\(count == 1 ? "'s mark" : "s' marks") needed"
        case .missing:
            return "\(place): missing"
        case .extra:
            return "\(place): \(count) mark\(count == 1 ? "" : "s") more than the round takes"
        }
    }
}

/// A trade's sheet: rows in sheet order, and what still blocks a final sheet.
public struct TradeResults: Equatable, Sendable {
    public var trade: Trade
    public var rows: [ResultRow]
    public var problems: [MarkProblem]
    /// Competitors whose judges' marks differ by more than the round's max_spread, by number.
    /// They do not block a sheet; they block locking the round until confirmed or corrected.
    public var flags: [SpreadFlag]

    public init(trade: Trade, rows: [ResultRow], problems: [MarkProblem], flags: [SpreadFlag] = []) {
        self.trade = trade
        self.rows = rows
        self.problems = problems
        self.flags = flags
    }

    /// A final sheet may be published only when no marks are missing or extra.
    public var isFinal: Bool { problems.isEmpty }
}
