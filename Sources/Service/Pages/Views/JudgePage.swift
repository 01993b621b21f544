import Officiating
import ScoringCore

/// What the judge's page shows: the sign-in form, or the judge's sheet as `JudgeSheet` reads
/// it (the use case behind `GET /api/v1/sheet`), with each competitor's total of this judge's
/// marks summed in `Points`.
struct JudgePage: Sendable {
    struct RoundSheet: Sendable {
        let trade: String
        let round: String
        let tradeName: String
        let roundName: String
        let max: String
        let locked: Bool
        let criteria: [Column]
        let competitors: [Row]
    }

    struct Column: Sendable {
        let name: String
        let max: String
    }

    struct Row: Sendable {
        let number: String
        let name: String
        let cells: [Cell]
        let total: String
        let roundMax: String
    }

    struct Cell: Sendable {
        let id: String
        let number: String
        let round: String
        /// Empty for a round without criteria (a nil would make mustache look further up).
        let criterion: String
        let label: String
        let max: String
        let score: String?
    }

    let title = "裁判评分"
    /// The header's heading, after the competition's name.
    let heading = "裁判评分"
    let bodyClass = "judge"
    let signInAction = "/judge"
    let signInHeading = "裁判登录"
    let messages = PageMessage.sheet
    let competition: String
    let csrf: String?
    let judge: SignedInJudge?
    let signInError: String?
    let rounds: [RoundSheet]

    static func signIn(competition: String, error: String? = nil) -> JudgePage {
        JudgePage(competition: competition, csrf: nil, judge: nil, signInError: error, rounds: [])
    }

    init(competition: String, csrf: String?, judge: SignedInJudge?, signInError: String?, rounds: [RoundSheet]) {
        self.competition = competition
        self.csrf = csrf
        self.judge = judge
        self.signInError = signInError
        self.rounds = rounds
    }

    init(competition: String, judge: Judge, csrf: String, sheet: JudgeSheet) {
        self.init(
            competition: competition, csrf: csrf, judge: SignedInJudge(judge),
            signInError: nil, rounds: sheet.items.map(Self.roundSheet))
    }

    private static func roundSheet(_ item: JudgeSheet.Item) -> RoundSheet {
        let round = item.round
        let columns: [(id: String, label: String, max: Points)] =
            round.criteria.isEmpty
            ? [("", "分数", round.max)] : round.criteria.map { ($0.id.rawValue, $0.name, $0.max) }
        let rows = item.competitors.map { line in
            let number = line.competitor.number.rawValue
            let cells = columns.map { column in
                let mark = line.marks.first { ($0.criterion?.rawValue ?? "") == column.id }
                return Cell(
                    id: ["m", item.trade.id.rawValue, round.id.rawValue, number, column.id].joined(separator: "-"),
                    number: number, round: round.id.rawValue, criterion: column.id, label: column.label,
                    max: "\(column.max)", score: mark.map { "\($0.value)" })
            }
            let total = line.marks.reduce(Points(hundredths: 0)) { $0 + $1.value }
            return Row(
                number: number, name: line.competitor.name, cells: cells,
                total: line.marks.isEmpty ? "—" : "\(total)", roundMax: "\(round.max)")
        }
        return RoundSheet(
            trade: item.trade.id.rawValue, round: round.id.rawValue, tradeName: item.trade.name, roundName: round.name,
            max: "\(round.max)", locked: item.locked,
            criteria: round.criteria.map { Column(name: $0.name, max: "\($0.max)") }, competitors: rows)
    }
}
