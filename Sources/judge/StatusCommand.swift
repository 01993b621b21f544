import ArgumentParser
import Messages
import Officiating
import ScoringCore
import StoreValues

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: Phrase.helpStatus.text(),
        discussion: Phrase.discussStatus.template(in: .current)
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.argStatusTrade.text(), valueName: "id"))
    var trade: TradeID?

    @Flag(help: ArgumentHelp(Phrase.optionMissing.text()))
    var missing = false

    func run() throws {
        let status = try ReadStatus(trade: trade).run(in: database.openForReading())
        // A summary unless asked for the list: before any marks, the list is every mark of the competition.
        let listing = missing || trade != nil
        for (index, tradeStatus) in status.trades.enumerated() {
            if index > 0 { print() }
            let trade = tradeStatus.results
            let rows = trade.rows
            let active = rows.filter { $0.competitor.status == .active }
            let review = tradeStatus.review
            print(
                Phrase.tradeHeading.text(
                    [
                        "trade": "\(trade.trade.name) (\(trade.trade.id))", "count": String(rows.count),
                        "active": String(active.count),
                    ]))
            for (roundIndex, round) in status.competition.rounds.enumerated() {
                let progress = RoundProgress(round, at: roundIndex, of: trade)
                let open = review.unconfirmed.filter { $0.round == round.id }.count
                let lock = tradeStatus.locks.first { $0.round == round.id }
                let flags = open > 0 ? Phrase.statusRoundFlags.text(["count": String(open)]) : ""
                let locked = lock.map { Phrase.statusRoundLocked.text($0.phraseValues) } ?? ""
                print("  \(round.name) (\(round.id)): \(progress)\(flags)\(locked)")
            }
            if trade.isFinal {
                print(Phrase.finalSheetReady.text())
            } else if listing {
                print(Phrase.finalSheetBlockedList.text(["count": String(trade.problems.count)]))
                for problem in trade.problems { print("    \(problem.text(in: .current))") }
            } else {
                print(
                    Phrase.finalSheetBlocked.text(
                        ["count": String(trade.problems.count), "trade": trade.trade.id.rawValue]))
            }
            // Once published, the chief judge's next question is where the notice period stands.
            if let latest = tradeStatus.latest {
                let state =
                    latest.finalAt.map { Phrase.statusFinalSince.text(["at": LocalTime.textWithZone($0)]) }
                    ?? Phrase.statusNoticeUntil.text(["at": LocalTime.textWithZone(latest.noticeEndsAt)])
                print(
                    Phrase.statusPublished.text(
                        [
                            "version": String(latest.version), "at": LocalTime.textWithZone(latest.publishedAt),
                            "state": state,
                        ]))
            }
            printFlags(review)
        }
        if let open = status.doubleEntries { printDoubleEntries(open, listing: listing) }
    }

    /// Unconfirmed flags block `judge lock`; confirmed ones say by whom and why.
    private func printFlags(_ review: SpreadReview) {
        guard !review.items.isEmpty else { return }
        let open = review.unconfirmed.count
        print(Phrase.statusFlags.text(["count": String(review.items.count), "open": String(open)]))
        for item in review.items {
            let confirmed = item.confirmation.map {
                Phrase.statusFlagConfirmed.text(
                    ["chief": $0.chief.rawValue, "at": LocalTime.text(stored: $0.confirmedAt), "reason": $0.reason])
            }
            print("    \(item.flag.text(in: .current))\(confirmed ?? "")")
        }
    }

    /// Its own section: marks of double-entry rounds that do not count yet (never their values).
    private func printDoubleEntries(_ open: [OpenDoubleEntry], listing: Bool) {
        let disagreements = open.filter(\.isDisagreement).count
        print()
        print(
            Phrase.statusDoubleEntry.text(
                ["count": String(disagreements), "waiting": String(open.count - disagreements)]))
        for entry in open where listing {
            print("  \(entry.trade) / \(entry.round): \(entry.text(in: .current))")
        }
    }
}
