import Foundation
import Messages
import ScoreStore
import ScoringCore
public import StoreValues

/// Checks the chain of records and that the database says what the log says; with a pin, that
/// the log still holds the record a publication printed.
public struct VerifyAudit {
    /// `RECORD:HASH` as printed, nil for none.
    public var expect: String?

    public init(expect: String?) {
        self.expect = expect
    }

    public func run(in venue: Venue) throws -> (verification: AuditVerification, pin: AuditPin?) {
        var pin: AuditPin?
        if let expect {
            // A pin copied by hand may come in capitals; hashes are stored in lower case.
            guard let parsed = AuditPin(expect.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw Refusal(.badAuditPin, at: .option("--expect"), ["value": TextField.shown(expect)])
            }
            pin = parsed
        }
        return (try venue.store.verifyAudit(expect: pin), pin)
    }
}
