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

    /// A mutation of the valid competition and the exact refusal it produces: its key, the
    /// value as the file writes it, and the problem (its words are the catalog's, in Messages).
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let mutate: @Sendable (inout Competition) -> Void
        let refused: CompetitionError
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "weights sum to 90", mutate: { $0.rounds[1].weight = Points(whole: 60) },
            refused: CompetitionError(path: "rounds", value: "weights 30 + 60", problem: .weightsSum(.p("90")))),
        Case(
            label: "weights sum to 100.01", mutate: { $0.rounds[0].weight = .p("30.01") },
            refused: CompetitionError(path: "rounds", value: "weights 30.01 + 70", problem: .weightsSum(.p("100.01")))),
        Case(
            label: "weights sum to 110", mutate: { $0.rounds[0].weight = .p("40") },
            refused: CompetitionError(path: "rounds", value: "weights 40 + 70", problem: .weightsSum(.p("110")))),
        Case(
            label: "negative weight", mutate: { $0.rounds[0].weight = Points(whole: -30) },
            refused: CompetitionError(path: "rounds[0].weight", value: "-30", problem: .weightNegative)),
        Case(
            label: "max zero", mutate: { $0.rounds[0].max = .zero },
            refused: CompetitionError(path: "rounds[0].max", value: "0", problem: .roundMaxNotPositive)),
        Case(
            label: "max negative", mutate: { $0.rounds[0].max = Points(hundredths: -550) },
            refused: CompetitionError(path: "rounds[0].max", value: "-5.5", problem: .roundMaxNotPositive)),
        Case(
            label: "criteria maxima do not sum to max", mutate: { $0.rounds[1].criteria[1].max = .p("50.5") },
            refused: CompetitionError(
                path: "rounds[1].criteria", value: "40 + 50.5", problem: .criteriaSum(.p("90.5"), roundMax: .p("100")))),
        Case(
            label: "criterion max zero", mutate: { $0.rounds[1].criteria[0].max = .zero },
            refused: CompetitionError(path: "rounds[1].criteria[0].max", value: "0", problem: .criterionMaxNotPositive)),
        Case(
            label: "criterion id repeats", mutate: { $0.rounds[1].criteria[1].id = "safety" },
            refused: CompetitionError(
                path: "rounds[1].criteria[1].id", value: "\"safety\"",
                problem: .idRepeats(first: "rounds[1].criteria[0].id"))),
        Case(
            label: "too few judges for trimmed mean", mutate: { $0.rounds[1].judges = 2 },
            refused: CompetitionError(
                path: "rounds[1].judges", value: "2", problem: .tooFewJudges(.trimmedMean(trim: 1), needed: 3))),
        Case(
            label: "too few judges for trim 2",
            mutate: {
                $0.rounds[1].aggregate = .trimmedMean(trim: 2)
                $0.rounds[1].judges = 4
            },
            refused: CompetitionError(
                path: "rounds[1].judges", value: "4", problem: .tooFewJudges(.trimmedMean(trim: 2), needed: 5))),
        Case(
            label: "zero judges for mean",
            mutate: {
                $0.rounds[1].aggregate = .mean
                $0.rounds[1].judges = 0
            },
            refused: CompetitionError(path: "rounds[1].judges", value: "0", problem: .tooFewJudges(.mean, needed: 1))),
        Case(
            label: "single with two judges", mutate: { $0.rounds[0].judges = 2 },
            refused: CompetitionError(path: "rounds[0].judges", value: "2", problem: .singleTakesOneMark)),
        Case(
            label: "negative trim", mutate: { $0.rounds[1].aggregate = .trimmedMean(trim: -1) },
            refused: CompetitionError(path: "rounds[1].trim", value: "-1", problem: .trimNegative)),
        Case(
            label: "unknown tie-break round", mutate: { $0.tieBreak = [.round("practical"), .round("interview")] },
            refused: CompetitionError(
                path: "tie_break[1]", value: "\"interview\"",
                problem: .unknownRound("interview", known: ["theory", "practical"]))),
        Case(
            label: "unknown time tie-break round", mutate: { $0.tieBreak = [.time("oral")] },
            refused: CompetitionError(
                path: "tie_break[0]", value: "\"time:oral\"",
                problem: .unknownRound("oral", known: ["theory", "practical"]))),
        Case(
            label: "unknown qualification round",
            mutate: { $0.rounds[1].qualify = Qualification(after: "written", cut: .top(10)) },
            refused: CompetitionError(
                path: "rounds[1].qualify.after", value: "\"written\"",
                problem: .unknownRound("written", known: ["theory", "practical"]))),
        Case(
            label: "qualification after the same round",
            mutate: { $0.rounds[1].qualify = Qualification(after: "practical", cut: .top(10)) },
            refused: CompetitionError(
                path: "rounds[1].qualify.after", value: "\"practical\"", problem: .qualifyNotEarlier)
        ),
        Case(
            label: "qualification after a later round",
            mutate: { $0.rounds[0].qualify = Qualification(after: "practical", cut: .minScore(.p("60"))) },
            refused: CompetitionError(
                path: "rounds[0].qualify.after", value: "\"practical\"", problem: .qualifyNotEarlier)
        ),
        Case(
            label: "top zero", mutate: { $0.rounds[1].qualify = Qualification(after: "theory", cut: .top(0)) },
            refused: CompetitionError(path: "rounds[1].qualify.top", value: "0", problem: .topBelowOne)),
        Case(
            label: "round id repeats", mutate: { $0.rounds[1].id = "theory" },
            refused: CompetitionError(
                path: "rounds[1].id", value: "\"theory\"", problem: .idRepeats(first: "rounds[0].id"))),
        Case(
            label: "trade id repeats", mutate: { $0.trades[1].id = "electrician" },
            refused: CompetitionError(
                path: "trades[1].id", value: "\"electrician\"", problem: .idRepeats(first: "trades[0].id"))),
        Case(
            label: "judge id repeats", mutate: { $0.judges[4].id = "j2" },
            refused: CompetitionError(path: "judges[4].id", value: "\"j2\"", problem: .idRepeats(first: "judges[1].id"))
        ),
        Case(
            label: "empty round id", mutate: { $0.rounds[0].id = "" },
            refused: CompetitionError(path: "rounds[0].id", value: "\"\"", problem: .idRequired)),
        Case(
            label: "no trades", mutate: { $0.trades = [] },
            refused: CompetitionError(path: "trades", value: "[]", problem: .noTrades)),
        Case(
            label: "no rounds",
            mutate: {
                $0.rounds = []
                $0.tieBreak = []
            },
            refused: CompetitionError(path: "rounds", value: "[]", problem: .noRounds)),
        Case(
            label: "bad competition id", mutate: { $0.id = "shunyi 2025" },
            refused: CompetitionError(path: "competition.id", value: "\"shunyi 2025\"", problem: .idCharacters)),
        Case(
            label: "empty competition id", mutate: { $0.id = "" },
            refused: CompetitionError(path: "competition.id", value: "\"\"", problem: .idCharacters)),
        Case(
            label: "negative prize count", mutate: { $0.prizes[2].quota = .count(-1) },
            refused: CompetitionError(path: "prizes[2].count", value: "-1", problem: .countNegative)),
        Case(
            label: "percent above 100", mutate: { $0.prizes[1].quota = .percent(.p("100.5")) },
            refused: CompetitionError(path: "prizes[1].percent", value: "100.5", problem: .percentOutOfRange)),
    ]

    @Test(arguments: cases)
    func refused(_ testCase: Case) {
        var competition = Self.valid
        testCase.mutate(&competition)
        #expect(throws: testCase.refused) { try competition.validate() }
    }

    @Test func errorFieldsAreSeparate() {
        var competition = Self.valid
        competition.rounds[1].criteria[1].max = .p("50")
        #expect(
            throws: CompetitionError(
                path: "rounds[1].criteria", value: "40 + 50", problem: .criteriaSum(.p("90"), roundMax: .p("100")))
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
