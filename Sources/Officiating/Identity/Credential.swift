import ScoreStore
public import ScoringCore

/// Whose PIN a use case asks for.
public enum Credential: Equatable, Sendable {
    case judge(JudgeID)
    case clerk(String)
}

/// How a door gets a PIN when a use case needs one: the CLI asks on the terminal (or reads
/// `$JUDGE_PIN`), the service has it from the sign-in. Nil when there is none to give.
public typealias PINReader = (Credential) -> String?
