import ScoringCore

/// What became of one entry in a double-entry round (双人录入).
public enum DoubleEntryOutcome: Hashable, Sendable {
    /// The first entry: the mark waits for a second clerk.
    case awaitingSecond
    /// It agrees with another clerk's entry: the mark now counts.
    case confirmed
    /// It agrees with no other clerk's entry: a third clerk or the chief judge resolves it.
    case disagreement
}
