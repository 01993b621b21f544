import Foundation
public import ScoringCore

/// A PIN just issued: shown once, never stored.
public struct IssuedPIN: Sendable {
    public let judge: Judge
    public let pin: String
    /// True when it replaced an earlier PIN.
    public let reissued: Bool

    package init(
        judge: Judge, pin: String, reissued: Bool
    ) {
        self.judge = judge
        self.pin = pin
        self.reissued = reissued
    }
}
