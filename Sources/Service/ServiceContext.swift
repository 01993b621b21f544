public import Hummingbird
public import Officiating
public import ScoringCore

/// A request's context: who signed in (from the session cookie) and their page's CSRF token.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var judge: Judge?
    public var csrf: String?
    public var sessionToken: String?
    /// A mark's stages, timed when `JUDGE_MARK_STAGES` is set.
    public var stages: MarkStages?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// A mark is a few hundred bytes; anything near this is not a request of ours.
    public var maxUploadSize: Int { 64 * 1024 }
}
