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

public struct Trade: Equatable, Sendable {
    public var id: TradeID
    public var name: String

    public init(id: TradeID, name: String) {
        self.id = id
        self.name = name
    }
}

public struct Judge: Equatable, Sendable {
    public var id: JudgeID
    public var name: String
    public var unit: String
    /// The chief judge (裁判长): locks rounds, corrects locked marks, rules on appeals.
    public var chief: Bool

    public init(id: JudgeID, name: String, unit: String = "", chief: Bool = false) {
        self.id = id
        self.name = name
        self.unit = unit
        self.chief = chief
    }
}

public enum TieBreakKey: Equatable, Sendable, CustomStringConvertible {
    /// The higher score in this round wins.
    case round(RoundID)
    /// The shorter time used in this round wins; no recorded time loses to a time.
    case time(RoundID)

    public var description: String {
        switch self {
        case .round(let id): id.rawValue
        case .time(let id): "time:\(id.rawValue)"
        }
    }
}

public enum PercentRounding: String, Equatable, Sendable {
    case floor
    case halfUp = "half-up"
}

public struct PrizeTier: Equatable, Sendable {
    public enum Quota: Equatable, Sendable {
        case count(Int)
        /// A percentage of the trade's ranked competitors.
        case percent(Percent)
    }

    public var name: String
    public var quota: Quota
    public var title: String?
    public var minTotal: Points?

    public init(name: String, quota: Quota, title: String? = nil, minTotal: Points? = nil) {
        self.name = name
        self.quota = quota
        self.title = title
        self.minTotal = minTotal
    }
}

/// A clerk (录入员): once the competition declares clerks, every batch import is made by one
/// of them, who proves it with a PIN.
public struct Clerk: Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
