import Foundation
import ScoringCore

/// Lockout: this many wrong PINs within `window` seconds lock the judge out for `lockout` seconds.
public enum PINPolicy {
    public static let failures = 5
    public static let window = 15 * 60
    public static let lockout = 15 * 60
}
