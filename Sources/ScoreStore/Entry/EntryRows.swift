/// One row of a roster file (CLI.md "Roster"), fields as written.
public struct RosterRow: Sendable {
    public var line: Int
    public var number: String
    public var name: String
    public var unit: String
    public var trade: String
    public var status: String

    public init(line: Int, number: String, name: String, unit: String, trade: String, status: String = "") {
        self.line = line
        self.number = number
        self.name = name
        self.unit = unit
        self.trade = trade
        self.status = status
    }
}

/// One row of a marks file (CLI.md "Marks"), fields as written.
public struct MarkRow: Sendable {
    public var line: Int
    public var number: String
    public var round: String
    public var judge: String
    public var score: String
    public var criterion: String

    public init(line: Int, number: String, round: String, judge: String, score: String, criterion: String = "") {
        self.line = line
        self.number = number
        self.round = round
        self.judge = judge
        self.score = score
        self.criterion = criterion
    }
}

/// One row of a times file (CLI.md "Times used"), fields as written.
public struct TimeRow: Sendable {
    public var line: Int
    public var number: String
    public var round: String
    public var time: String

    public init(line: Int, number: String, round: String, time: String) {
        self.line = line
        self.number = number
        self.round = round
        self.time = time
    }
}

/// A row refused by the store: `field` is the input column at fault (e.g. `score`).
/// The caller knows the file and turns `field` into a column number.
public struct EntryRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var field: String
    public var value: String
    public var problem: String
    /// The audit kind under which the refusal is recorded (e.g. `refusal.panel`); nil when
    /// it is plain bad input, which leaves the database untouched.
    public var recordAs: String?
    /// The 1-based column when the reader, not the store, refused the record (a wrong field
    /// count, broken quoting): then `field` is empty.
    public var column: Int?

    public init(
        line: Int, field: String, value: String, problem: String, recordAs: String? = nil, column: Int? = nil
    ) {
        self.line = line
        self.field = field
        self.value = value
        self.problem = problem
        self.recordAs = recordAs
        self.column = column
    }

    public var description: String { "line \(line), \(field) \"\(value)\": \(problem)" }
}

/// What an import stored.
public struct ImportSummary: Equatable, Sendable {
    public var added: Int
    public var replaced: Int
    /// Double entry: first entries waiting for a second clerk, and entries that disagree.
    public var awaitingSecondEntry: Int
    public var disagreements: Int
    /// Marks stored that will not be scored (competitor not active, or not admitted to the round).
    public var ignored = IgnoredMarks()

    public init(added: Int = 0, replaced: Int = 0, awaitingSecondEntry: Int = 0, disagreements: Int = 0) {
        self.added = added
        self.replaced = replaced
        self.awaitingSecondEntry = awaitingSecondEntry
        self.disagreements = disagreements
    }
}
