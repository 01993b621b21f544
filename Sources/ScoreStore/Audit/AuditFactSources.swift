import Crypto
import ScoringCore

enum AuditFactSources {
    static var all: [any AuditFactSource.Type] {
        [
            DefinitionFacts.self, CompetitorFacts.self, MarkFacts.self, TimeFacts.self,
            MaxSpreadFacts.self, RoundLockFacts.self, SpreadConfirmationFacts.self, CorrectionFacts.self,
            IntegrityFacts.self,
            PublicationFacts.self, CompetitorChangeFacts.self, RevertFacts.self, AuditRowFacts.self, ClerkFacts.self,
        ]
    }
}
