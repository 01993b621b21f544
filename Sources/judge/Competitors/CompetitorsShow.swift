import ArgumentParser
import Messages
import Officiating
import ScoringCore
import StoreValues

struct CompetitorsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Phrase.abstractCompetitorsShow.text(),
        discussion: Phrase.discussCompetitorsShow.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(Phrase.argNumber.text(), valueName: "number"))
    var number: CompetitorNumber

    func run() throws {
        let detail = try ShowCompetitor(number: number).run(in: database.openForReading())
        let competition = detail.competition
        let competitor = detail.competitor
        let trade = competition.trade(competitor.trade)?.name ?? competitor.trade.rawValue
        print(
            Phrase.showCompetitor.text([
                "number": "\(competitor.number)", "name": competitor.name, "unit": competitor.unit, "trade": trade,
                "tradeID": "\(competitor.trade)", "status": competitor.status.rawValue,
                "statusName": StatusWord.chineseName(competitor.status),
            ]))
        print(
            Phrase.showRegistered.text(["registered": detail.registered.text(in: .current), "line": "\(detail.line)"]))
        if !detail.changes.isEmpty {
            print(Phrase.showChanges.text())
            for change in detail.changes {
                let chief = change.chief.map { Phrase.showChangeChief.text(["chief": "\($0)"]) } ?? ""
                print(
                    Phrase.showChange.text([
                        "at": LocalTime.text(stored: change.at), "batch": "\(change.batch)",
                        "changes": "\(change.changes)",
                        "by": "\(change.by)", "chief": chief, "reason": change.reason,
                    ]))
            }
        }
        let row = detail.row
        for (index, round) in competition.rounds.enumerated() {
            printRound(round, score: row?.scores[index], detail)
        }
        printStanding(row, competitor)
        let problems = detail.results.problems.filter { $0.number == competitor.number }
        if !problems.isEmpty {
            print(Phrase.showMissing.text())
            for problem in problems { print("  \(problem.text(in: .current))") }
        }
    }

    private func printRound(_ round: Round, score: Points?, _ detail: CompetitorDetail) {
        let marks = detail.marks.filter { $0.round == round.id }
        let breakdown = RoundBreakdown(round: round, number: detail.competitor.number, marks: marks)
        let method =
            if case .trimmedMean(let trim) = round.aggregate { Phrase.showTrimmedMean.text(["trim": "\(trim)"]) } else {
                round.aggregate.description
            }
        let shown =
            score.map(\.description)
            ?? (marks.isEmpty
            ? Phrase.showNoMarks : detail.competitor.status == .active ? .showNotScored : .showKeptNotScored).text()
        print(Phrase.showRound.text(["round": round.name, "roundID": "\(round.id)", "method": method, "shown": shown]))
        let byJudge = Dictionary(grouping: marks, by: \.judge).sorted { $0.key < $1.key }
        // A competitor who is not active has no score for a trimmed mean to drop marks from.
        let scored = detail.competitor.status == .active
        for (judge, entries) in byJudge {
            let name = detail.competition.judge(judge)?.name ?? ""
            let roundMark = breakdown.judgeMarks.first { $0.judge == judge }?.mark
            let dropped =
                !scored
                ? "  " + Phrase.showKeptNotScored.text()
                : breakdown.dropped.contains(judge) ? Phrase.showDropped.text() : ""
            let criteria =
                round.criteria.isEmpty
                ? ""
                : "  ("
                    + round.criteria.compactMap { criterion in
                        entries.first { $0.criterion == criterion.id }.map { "\(criterion.id) \($0.value)" }
                    }.joined(separator: ", ") + ")"
            print(
                "  \(judge) \(name): \(roundMark.map(\.description) ?? Phrase.showIncomplete.text())\(criteria)\(dropped)"
            )
        }
    }

    private func printStanding(_ row: ResultRow?, _ competitor: Competitor) {
        guard let row else { return }
        switch row.standing {
        case .ranked:
            var line = Phrase.showRanked.text([
                "total": row.total?.description ?? "-", "rank": row.rank.map(String.init) ?? "-",
            ])
            if let prize = row.prize {
                line +=
                    Phrase.showPrize.text(["prize": prize.name])
                    + (prize.title.map { Phrase.showTitle.text(["title": $0]) } ?? "")
            } else {
                line += Phrase.showNoPrize.text()
            }
            print(line)
        case .incomplete: print(Phrase.showNotYet.text())
        case .notQualified: print(Phrase.showNotQualified.text())
        case .absent, .disqualified, .withdrawn:
            print(Phrase.showNotRanked.text(["status": StatusWord.chineseName(competitor.status)]))
        }
    }
}
