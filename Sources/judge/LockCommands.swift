import ArgumentParser
import ScoreStore
import ScoringCore

struct Lock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract:
            "Sign off a round of a trade (chief judge): its marks then change only through `judge score correct`.",
        discussion: """
            Refused, listing every blocker, while any mark of the trade and round is missing (for the
            competitors admitted to the round), flagged by max_spread and not confirmed, or not yet
            confirmed by double entry. Once locked, `score import`, `score enter` and `time import`
            for it are refused and the refusal is recorded in the audit log.
            Example: judge lock --trade nursery --round practical --chief J9
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The trade.", valueName: "id"))
    var trade: String

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: String

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge lock")
        let lock = try store.lockRound(trade: TradeID(trade), round: RoundID(round), chief: chiefID)
        try store.close()
        print(
            "locked trade \(lock.trade), round \(lock.round) (by \(lock.chief) at \(LocalTime.text(stored: lock.lockedAt)))"
        )
    }
}

struct Unlock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Lift the lock of a round of a trade (chief judge), with a reason kept in the audit log.",
        discussion: "Example: judge unlock --trade nursery --round practical --reason \"复核发现漏录\" --chief J9")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The trade.", valueName: "id"))
    var trade: String

    @Option(help: ArgumentHelp("The round.", valueName: "id"))
    var round: String

    @Option(help: ArgumentHelp("Why the round is opened again (required).", valueName: "text"))
    var reason: String

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge unlock")
        let lock = try store.unlockRound(trade: TradeID(trade), round: RoundID(round), chief: chiefID, reason: reason)
        try store.close()
        print(
            "unlocked trade \(lock.trade), round \(lock.round) (locked by \(lock.chief) at \(LocalTime.text(stored: lock.lockedAt)))"
        )
    }
}
