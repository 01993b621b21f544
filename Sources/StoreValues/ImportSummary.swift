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
