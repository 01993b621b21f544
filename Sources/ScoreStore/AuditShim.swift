// TEMPORARY until `git merge main` brings the lead's audit log: the contract's signatures
// only, so this branch builds. Deleted at that merge; nothing here records anything.
import GRDB

struct AuditFact: Hashable {
    let parts: [String]
    init(_ kind: String, _ parts: String...) { self.parts = [kind] + parts }
}

struct AuditChanges {
    private(set) var values: [AuditFact: String?] = [:]
    init() {}
    mutating func set(_ fact: AuditFact, to value: String) { values[fact] = value }
    mutating func remove(_ fact: AuditFact) { values[fact] = .some(nil) }
}

extension ScoreDatabase {
    static func appendAudit(kind: String, actor: String, summary: String, changes: AuditChanges, _ db: Database)
        throws
    {}
}

protocol AuditFactSource {
    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws
}
