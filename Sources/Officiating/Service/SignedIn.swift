public import ScoringCore

/// A judge signed in at a tablet: the cookie's token and the page's CSRF token.
public struct SignedIn: Sendable {
    public let judge: Judge
    public let token: String
    public let csrf: String
}
