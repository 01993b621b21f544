import ArgumentParser
import Officiating
import ScoringCore

struct CompetitorsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One competitor: details, changes, every mark by round, judge and criterion, scores, rank and prize.",
        discussion: """
            Marks a trimmed mean leaves out are marked "dropped". Scores, total, rank and prize are
            the trade sheet's, from the same rules as `judge rank` and the result sheets.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The competitor's number.", valueName: "number"))
    var number: CompetitorNumber

    func run() throws {
        let detail = try ShowCompetitor(number: number).run(in: database.openForReading())
        let competition = detail.competition
        let competitor = detail.competitor
        let trade = competition.trade(competitor.trade)?.name ?? competitor.trade.rawValue
        print(
            "competitor \(competitor.number) \(competitor.name) (\(competitor.unit)), \(trade) (\(competitor.trade)), "
                + "status \(competitor.status.rawValue) (\(StatusWord.chineseName(competitor.status)))")
        print("registered: \(detail.registered), line \(detail.line)")
        if !detail.changes.isEmpty {
            print("changes:")
            for change in detail.changes {
                let chief = change.chief.map { ", chief judge \($0)" } ?? ""
                print(
                    "  \(LocalTime.text(stored: change.at))  batch \(change.batch)  \(change.changes), by \(change.by)\(chief): \(change.reason)"
                )
            }
        }
        let row = detail.row
        for (index, round) in competition.rounds.enumerated() {
            printRound(round, score: row?.scores[index], detail)
        }
        printStanding(row, competitor)
        let problems = detail.results.problems.filter { $0.number == competitor.number }
        if !problems.isEmpty {
            print("missing:")
            for problem in problems { print("  \(problem)") }
        }
    }

    private func printRound(_ round: Round, score: Points?, _ detail: CompetitorDetail) {
        let marks = detail.marks.filter { $0.round == round.id }
        let breakdown = RoundBreakdown(round: round, number: detail.competitor.number, marks: marks)
        let method =
            if case .trimmedMean(let trim) = round.aggregate { "trimmed-mean, trim \(trim)" } else {
                round.aggregate.description
            }
        let shown =
            score.map(\.description)
            ?? (marks.isEmpty ? "no marks" : detail.competitor.status == .active ? "not scored" : "kept, not scored")
        print("\(round.name) (\(round.id)), \(method): \(shown)")
        let byJudge = Dictionary(grouping: marks, by: \.judge).sorted { $0.key < $1.key }
        for (judge, entries) in byJudge {
            let name = detail.competition.judge(judge)?.name ?? ""
            let roundMark = breakdown.judgeMarks.first { $0.judge == judge }?.mark
            let dropped = breakdown.dropped.contains(judge) ? "  dropped" : ""
            let criteria =
                round.criteria.isEmpty
                ? ""
                : "  ("
                    + round.criteria.compactMap { criterion in
                        entries.first { $0.criterion == criterion.id }.map { "\(criterion.id) \($0.value)" }
                    }.joined(separator: ", ") + ")"
            print("  \(judge) \(name): \(roundMark.map(\.description) ?? "incomplete")\(criteria)\(dropped)")
        }
    }

    private func printStanding(_ row: ResultRow?, _ competitor: Competitor) {
        guard let row else { return }
        switch row.standing {
        case .ranked:
            var line = "total \(row.total?.description ?? "-"), rank \(row.rank.map(String.init) ?? "-")"
            if let prize = row.prize {
                line += ", prize \(prize.name)" + (prize.title.map { ", title \($0)" } ?? "")
            } else {
                line += ", no prize"
            }
            print(line)
        case .incomplete: print("total: not yet (marks missing)")
        case .notQualified: print("not qualified for a later round (未晋级): not ranked")
        case .absent, .disqualified, .withdrawn:
            print("not ranked: \(StatusWord.chineseName(competitor.status))")
        }
    }
}
