public import ScoringCore

/// Marks an import stored that will not be scored, as its summary reports them: for a
/// competitor who is not active, or for a round the competitor was not admitted to.
public struct IgnoredMarks: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case notActive(Competitor.Status)
        case notAdmitted
    }

    public struct Group: Equatable, Sendable {
        public let round: RoundID
        public let reason: Reason
        /// Competitor numbers in sheet order, with how many marks each.
        public let competitors: [(number: CompetitorNumber, marks: Int)]

        package init(round: RoundID, reason: Reason, competitors: [(number: CompetitorNumber, marks: Int)]) {
            self.round = round
            self.reason = reason
            self.competitors = competitors
        }

        public var marks: Int { competitors.reduce(0) { $0 + $1.marks } }

        public static func == (lhs: Group, rhs: Group) -> Bool {
            lhs.round == rhs.round && lhs.reason == rhs.reason
                && lhs.competitors.map(\.number) == rhs.competitors.map(\.number)
                && lhs.competitors.map(\.marks) == rhs.competitors.map(\.marks)
        }
    }

    public var groups: [Group] = []

    public var marks: Int { groups.reduce(0) { $0 + $1.marks } }

    public init() {}
}
