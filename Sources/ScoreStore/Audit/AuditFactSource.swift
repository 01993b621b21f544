import Crypto
import GRDB
import ScoringCore

/// A part of the stored state that `judge audit verify` compares with the replayed log.
protocol AuditFactSource {
    /// Every current fact of this part, in a stable order.
    static func currentFacts(_ db: Database, _ emit: (AuditFact, String) throws -> Void) throws

    /// The same facts as the bytes a change line holds: the key, and the value escaped.
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws
}

extension AuditFactSource {
    static func currentFactLines(_ db: Database, _ emit: (AuditChanges.Line) throws -> Void) throws {
        var escaped: [UInt8] = []
        try currentFacts(db) { fact, value in
            escaped.removeAll(keepingCapacity: true)
            AuditText.appendEscaped(value.utf8, to: &escaped)
            var key = fact.key
            try key.withUTF8 { key in try escaped.withUnsafeBufferPointer { try emit((key, $0)) } }
        }
    }
}
