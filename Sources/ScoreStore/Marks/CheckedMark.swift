import Messages
import ScoringCore

/// A row of a marks file and what it resolved to, or why it was refused.
enum CheckedMark: Sendable {
    case mark(MarkRow, EntryValidator.ResolvedMark)
    case refused(Refusal)
}
