import ScoringCore
import Testing

struct ValidationTests {
    static let valid = Competition(
        id: "shunyi-2025", name: "顺义区职业技能竞赛",
        trades: [Trade(id: "electrician", name: "电工"), Trade(id: "welder", name: "焊工")],
        rounds: [
            Round(id: "theory", name: "理论知识", max: Points(whole: 100), weight: Points(whole: 30), aggregate: .single),
            Round(
                id: "practical", name: "实际操作", max: Points(whole: 100), weight: Points(whole: 70),
                aggregate: .trimmedMean(trim: 1), judges: 5,
                criteria: [
                    Criterion(id: "safety", name: "安全", max: Points(whole: 40)),
                    Criterion(id: "quality", name: "质量", max: Points(whole: 60)),
                ],
                qualify: Qualification(after: "theory", cut: .top(10))),
        ],
        judges: Fixture.judges(5),
        tieBreak: [.round("practical"), .time("practical")],
        prizes: [
            PrizeTier(name: "一等奖", quota: .count(2), title: "顺义工匠"),
            PrizeTier(name: "二等奖", quota: .percent(.p("20"))),
            PrizeTier(name: "三等奖", quota: .count(5), minTotal: .p("60")),
        ])

    @Test func aValidCompetitionPasses() throws {
        try Self.valid.validate()
        var plainSum = Self.valid
        plainSum.rounds[0].max = Points(whole: 30)
        plainSum.rounds[0].weight = Points(whole: 30)
        plainSum.rounds[1].qualify = Qualification(after: "theory", cut: .minScore(.p("18")))
        try plainSum.validate()
        var fractional = Self.valid
        fractional.rounds[0].weight = .p("33.33")
        fractional.rounds[1].weight = .p("66.67")
        try fractional.validate()
    }

    /// A mutation of the valid competition and the exact refusal it produces, pinned as text.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let mutate: @Sendable (inout Competition) -> Void
        let description: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "weights sum to 90", mutate: { $0.rounds[1].weight = Points(whole: 60) },
            description: "rounds: weights 30 + 60 — weights sum to 90, they must sum to exactly 100"),
        Case(
            label: "weights sum to 100.01", mutate: { $0.rounds[0].weight = .p("30.01") },
            description: "rounds: weights 30.01 + 70 — weights sum to 100.01, they must sum to exactly 100"),
        Case(
            label: "weights sum to 110", mutate: { $0.rounds[0].weight = .p("40") },
            description: "rounds: weights 40 + 70 — weights sum to 110, they must sum to exactly 100"),
        Case(
            label: "negative weight", mutate: { $0.rounds[0].weight = Points(whole: -30) },
            description: "rounds[0].weight: -30 — a weight cannot be negative"),
        Case(
            label: "max zero", mutate: { $0.rounds[0].max = .zero },
            description: "rounds[0].max: 0 — a round's max must be positive"),
        Case(
            label: "max negative", mutate: { $0.rounds[0].max = Points(hundredths: -550) },
            description: "rounds[0].max: -5.5 — a round's max must be positive"),
        Case(
            label: "criteria maxima do not sum to max", mutate: { $0.rounds[1].criteria[1].max = .p("50.5") },
            description: "rounds[1].criteria: 40 + 50.5 — maxima sum to 90.5, round max is 100"),
        Case(
            label: "criterion max zero", mutate: { $0.rounds[1].criteria[0].max = .zero },
            description: "rounds[1].criteria[0].max: 0 — a criterion's max must be positive"),
        Case(
            label: "criterion id repeats", mutate: { $0.rounds[1].criteria[1].id = "safety" },
            description: "rounds[1].criteria[1].id: \"safety\" — repeats rounds[1].criteria[0].id"),
        Case(
            label: "too few judges for trimmed mean", mutate: { $0.rounds[1].judges = 2 },
            description: "rounds[1].judges: 2 — trimmed-mean with trim 1 needs at least 3 judges' marks"),
        Case(
            label: "too few judges for trim 2",
            mutate: {
                $0.rounds[1].aggregate = .trimmedMean(trim: 2)
                $0.rounds[1].judges = 4
            },
            description: "rounds[1].judges: 4 — trimmed-mean with trim 2 needs at least 5 judges' marks"),
        Case(
            label: "zero judges for mean",
            mutate: {
                $0.rounds[1].aggregate = .mean
                $0.rounds[1].judges = 0
            },
            description: "rounds[1].judges: 0 — mean needs at least 1 judges' marks"),
        Case(
            label: "single with two judges", mutate: { $0.rounds[0].judges = 2 },
            description: "rounds[0].judges: 2 — aggregate single takes exactly 1 mark"),
        Case(
            label: "negative trim", mutate: { $0.rounds[1].aggregate = .trimmedMean(trim: -1) },
            description: "rounds[1].trim: -1 — trim cannot be negative"),
        Case(
            label: "unknown tie-break round", mutate: { $0.tieBreak = [.round("practical"), .round("interview")] },
            description: "tie_break[1]: \"interview\" — no round has the id \"interview\""),
        Case(
            label: "unknown time tie-break round", mutate: { $0.tieBreak = [.time("oral")] },
            description: "tie_break[0]: \"time:oral\" — no round has the id \"oral\""),
        Case(
            label: "unknown qualification round",
            mutate: { $0.rounds[1].qualify = Qualification(after: "written", cut: .top(10)) },
            description: "rounds[1].qualify.after: \"written\" — no round has this id"),
        Case(
            label: "qualification after the same round",
            mutate: { $0.rounds[1].qualify = Qualification(after: "practical", cut: .top(10)) },
            description:
                "rounds[1].qualify.after: \"practical\" — a round can only qualify after an earlier round, not the same or a later one"
        ),
        Case(
            label: "qualification after a later round",
            mutate: { $0.rounds[0].qualify = Qualification(after: "practical", cut: .minScore(.p("60"))) },
            description:
                "rounds[0].qualify.after: \"practical\" — a round can only qualify after an earlier round, not the same or a later one"
        ),
        Case(
            label: "top zero", mutate: { $0.rounds[1].qualify = Qualification(after: "theory", cut: .top(0)) },
            description: "rounds[1].qualify.top: 0 — top must be at least 1"),
        Case(
            label: "round id repeats", mutate: { $0.rounds[1].id = "theory" },
            description: "rounds[1].id: \"theory\" — repeats rounds[0].id"),
        Case(
            label: "trade id repeats", mutate: { $0.trades[1].id = "electrician" },
            description: "trades[1].id: \"electrician\" — repeats trades[0].id"),
        Case(
            label: "judge id repeats", mutate: { $0.judges[4].id = "j2" },
            description: "judges[4].id: \"j2\" — repeats judges[1].id"),
        Case(
            label: "empty round id", mutate: { $0.rounds[0].id = "" },
            description: "rounds[0].id: \"\" — an id is required"),
        Case(
            label: "no trades", mutate: { $0.trades = [] },
            description: "trades: [] — a competition needs at least one trade"),
        Case(
            label: "no rounds",
            mutate: {
                $0.rounds = []
                $0.tieBreak = []
            },
            description: "rounds: [] — a competition needs at least one round"),
        Case(
            label: "bad competition id", mutate: { $0.id = "shunyi 2025" },
            description: "competition.id: \"shunyi 2025\" — use letters, digits, '-' and '_' only"),
        Case(
            label: "empty competition id", mutate: { $0.id = "" },
            description: "competition.id: \"\" — use letters, digits, '-' and '_' only"),
        Case(
            label: "negative prize count", mutate: { $0.prizes[2].quota = .count(-1) },
            description: "prizes[2].count: -1 — a count cannot be negative"),
        Case(
            label: "percent above 100", mutate: { $0.prizes[1].quota = .percent(.p("100.5")) },
            description: "prizes[1].percent: 100.5 — a percent is between 0 and 100"),
    ]

    @Test(arguments: cases)
    func refused(_ testCase: Case) {
        var competition = Self.valid
        testCase.mutate(&competition)
        let error = #expect(throws: CompetitionError.self) { try competition.validate() }
        #expect(error?.description == testCase.description)
    }

    @Test func errorFieldsAreSeparate() {
        var competition = Self.valid
        competition.rounds[1].criteria[1].max = .p("50")
        #expect(
            throws: CompetitionError(
                path: "rounds[1].criteria", value: "40 + 50", problem: "maxima sum to 90, round max is 100")
        ) {
            try competition.validate()
        }
    }

    @Test func weightsAndPercentsAtTheirLimitsPass() throws {
        var competition = Self.valid
        competition.prizes[1].quota = .percent(.p("100"))
        competition.prizes[2].quota = .count(0)
        try competition.validate()
        competition.prizes[1].quota = .percent(.zero)
        try competition.validate()
        competition.rounds[1].aggregate = .single
        competition.rounds[1].judges = 1
        try competition.validate()
    }
}
