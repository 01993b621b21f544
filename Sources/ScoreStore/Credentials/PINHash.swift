import Crypto
import Foundation
import _CryptoExtras

/// Judges' PINs: drawn from the system's cryptographic generator, kept only as a salted
/// PBKDF2-SHA256 hash, text `pbkdf2-sha256$<rounds>$<salt>$<key>` (salt and key in base64).
enum PINHash {
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored with each hash so it can rise later.
    static let rounds = 600_000
    static let digits = 8

    /// A new PIN of `digits` decimal digits, uniformly drawn.
    static func newPIN() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    static func hash(_ pin: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let key = try derive(pin, salt: salt, rounds: rounds)
        return
            "pbkdf2-sha256$\(rounds)$\(salt.base64EncodedString())$\(key.withUnsafeBytes { Data($0) }.base64EncodedString())"
    }

    /// Whether `pin` matches the stored hash; a malformed hash matches nothing.
    static func matches(_ pin: String, _ stored: String) throws -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3]))
        else { return false }
        // SymmetricKey's == compares in constant time.
        return try derive(pin, salt: salt, rounds: rounds) == SymmetricKey(data: expected)
    }

    private static func derive(_ pin: String, salt: Data, rounds: Int) throws -> SymmetricKey {
        try KDF.Insecure.PBKDF2.deriveKey(
            from: Data(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
    }
}
