import ScoringCore

/// Who the page's header names, with the sign-out button: the judge's page and the console draw
/// the same header (`PageTemplates.header`) from it.
struct SignedInJudge: Sendable {
    let id: String
    let name: String

    init(_ judge: Judge) {
        id = judge.id.rawValue
        name = judge.name
    }
}
