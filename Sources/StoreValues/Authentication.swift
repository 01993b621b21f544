/// How the one who made a batch proved who they are. A batch made without a PIN (none issued,
/// or a clerk who names themselves) has none: `nil`, stored as '' in `entry_batch.authenticated`.
public enum Authentication: String, Sendable {
    /// The judge gave their PIN (a typed mark, or a tablet's).
    case judgePIN = "judge"
    /// A declared clerk gave theirs.
    case clerkPIN = "clerk"
}
