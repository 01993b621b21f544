public import ScoringCore

/// Flags beside the confirmations that still hold for them.
public struct SpreadReview: Sendable {
    public struct Item: Sendable {
        public var flag: SpreadFlag
        /// nil while unconfirmed, and again once a mark changed after the confirmation.
        public var confirmation: SpreadConfirmation?
    }

    public var items: [Item]

    public init(flags: [SpreadFlag], confirmations: [SpreadConfirmation]) {
        items = flags.map { flag in Item(flag: flag, confirmation: confirmations.first { $0.confirms(flag) }) }
    }

    public var unconfirmed: [SpreadFlag] { items.filter { $0.confirmation == nil }.map(\.flag) }
}
