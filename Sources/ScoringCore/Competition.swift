/// A competition definition (the YAML file of CLI.md), checked by `validate()`.
public struct Competition: Equatable, Sendable {
    public var id: String
    public var name: String
    public var trades: [Trade]
    /// In competition order.
    public var rounds: [Round]
    public var judges: [Judge]
    public var tieBreak: [TieBreakKey]
    public var percentRounding: PercentRounding
    /// Per trade, best tier first.
    public var prizes: [PrizeTier]
    /// Who marks which trade and round; empty when any judge may mark anything.
    public var panels: [Panel]
    /// Organizer, contact and signature lines of the printed documents.
    public var documents: DocumentSettings
    /// The clerks (录入员) who import batches; empty when a batch names its clerk freely.
    public var clerks: [Clerk] = []
    /// The shortest notice period (公示期) a publication may have, in days; nil for no minimum.
    public var noticeDaysMin: Int?

    public init(
        id: String, name: String, trades: [Trade], rounds: [Round], judges: [Judge],
        tieBreak: [TieBreakKey] = [], percentRounding: PercentRounding = .floor, prizes: [PrizeTier] = [],
        panels: [Panel] = [], documents: DocumentSettings = DocumentSettings()
    ) {
        self.id = id
        self.name = name
        self.trades = trades
        self.rounds = rounds
        self.judges = judges
        self.tieBreak = tieBreak
        self.percentRounding = percentRounding
        self.prizes = prizes
        self.panels = panels
        self.documents = documents
    }

    public func trade(_ id: TradeID) -> Trade? { trades.first { $0.id == id } }
    public func round(_ id: RoundID) -> Round? { rounds.first { $0.id == id } }
    public func judge(_ id: JudgeID) -> Judge? { judges.first { $0.id == id } }
}
