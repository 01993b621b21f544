import ScoringCore

/// Why a trade takes no more competitors, in both languages: the `{why}` of the refusals
/// that say so (`工种 {trade} {why}`).
struct ClosedTrade {
    let en: String
    let zh: String

    var values: [String: String] { ["why": en, "why.zh": zh] }
}
