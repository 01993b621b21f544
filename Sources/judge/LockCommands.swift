import ArgumentParser
import Messages
import Officiating
import ScoringCore
import StoreValues

struct Lock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: Phrase.helpLock.text(),
        discussion: Phrase.discussLock.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argTrade.text(), valueName: "id"))
    var trade: TradeID

    @Option(help: ArgumentHelp(Phrase.argRound.text(), valueName: "id"))
    var round: RoundID

    func run() throws {
        let venue = try database.open()
        let lock = try LockRound(trade: trade, round: round, chief: chief.chief).run(in: venue, pin: PINEntry.read)
        try venue.close()
        print(Phrase.roundLocked.text(lock.phraseValues))
    }
}

struct Unlock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: Phrase.helpUnlock.text(),
        discussion: Phrase.discussUnlock.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argTrade.text(), valueName: "id"))
    var trade: TradeID

    @Option(help: ArgumentHelp(Phrase.argRound.text(), valueName: "id"))
    var round: RoundID

    @Option(help: ArgumentHelp(Phrase.argUnlockReason.text(), valueName: "text"))
    var reason: String

    func run() throws {
        let venue = try database.open()
        let lock = try UnlockRound(trade: trade, round: round, chief: chief.chief, reason: reason).run(
            in: venue, pin: PINEntry.read)
        try venue.close()
        print(Phrase.roundUnlocked.text(lock.phraseValues))
    }
}

extension RoundLock {
    /// `trade`, `round`, `chief` and `at` (local time) for the lock's phrases.
    var phraseValues: [String: String] {
        [
            "trade": trade.rawValue, "round": round.rawValue, "chief": chief.rawValue,
            "at": LocalTime.text(stored: lockedAt),
        ]
    }
}
