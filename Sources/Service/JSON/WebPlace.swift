import Messages

/// A refusal of the CLI's use cases, placed at the request field it is about: the CLI names its
/// option (`--trade`), the service the field (`trade`); a store refusal without a place gets
/// the field its code is about.
enum WebPlace {
    static func of(_ refusal: Refusal) -> Refusal {
        var placed = refusal
        switch refusal.place {
        case .option(let option)?:
            placed.place = Field(rawValue: option.drop { $0 == "-" }.replacingOccurrences(of: "-", with: "_"))
                .map { .field($0) }
        case nil:
            placed.place = field(of: refusal.code).map { .field($0) }
        default: break
        }
        return placed
    }

    private static func field(of code: RefusalCode) -> Field? {
        switch code {
        case .unknownTrade: .trade
        case .unknownRound, .notLocked, .alreadyLocked: .round
        case .unknownCompetitor, .notFlagged, .alreadyConfirmed, .ownFlag, .competitorNotInTrade: .number
        case .reasonRequired: .reason
        case .rulingRequired: .ruling
        case .noticeTooShort: .noticeDays
        default: nil
        }
    }
}
