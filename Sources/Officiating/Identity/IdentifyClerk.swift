import Foundation
import Messages
import ScoreStore
public import StoreValues

/// Who makes a batch (an import, an undo, a roster change), and how that is known. When the
/// competition file declares `clerks:`, the clerk must be one of them and give a PIN; without
/// `clerks:`, the name is taken as given (the batch contract).
public struct IdentifyClerk {
    /// The name given (`--clerk`), nil when none was.
    public var clerk: String?
    /// Who is logged in, the name used when none is given and no clerks are declared.
    public var fallback: String
    /// What the batch is, as the audit record of a wrong PIN names it.
    public var purpose: String

    public init(clerk: String?, fallback: String, purpose: String) {
        self.clerk = clerk
        self.fallback = fallback
        self.purpose = purpose
    }

    /// The clerk as recorded with every row, and how they proved it (their PIN, or nil).
    public struct Identity: Equatable, Sendable {
        public var name: String
        public var authenticated: Authentication?
    }

    public func run(in venue: Venue, pin: PINReader) throws -> Identity {
        let clerks = try venue.store.competition().clerks
        guard !clerks.isEmpty else { return Identity(name: clerk ?? fallback, authenticated: nil) }
        guard let clerk else {
            throw Refusal(.clerkRequired, ["clerks": clerks.map(\.id).joined(separator: ", ")])
        }
        let id = clerk.trimmingCharacters(in: .whitespaces)
        try venue.store.verifyClerkPIN(clerk: id, pin: pin(.clerk(id)), purpose: purpose)
        return Identity(name: id, authenticated: .clerkPIN)
    }
}
