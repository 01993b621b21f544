import GRDB
public import ScoringCore

extension ScoreDatabase {
    /// The competitor with this number as stored, or nil: one query by key.
    public func competitor(number: CompetitorNumber) throws -> Competitor? {
        try writer.read { db in
            try CompetitorRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM competitor WHERE number = ?"), arguments: [number.rawValue]
            )?.competitor
        }
    }

    /// The competition definition as typed marks last read it, for a tablet's checks before its
    /// mark's transaction, which checks the stored one again (`DefinitionCache`).
    public func servedCompetition() throws -> Competition {
        try definitionCache.latest { try competition() }
    }
}
