import CompetitionConfig
import Foundation
import ScoreStore
public import ScoringCore
public import StoreValues

/// Creates the database and loads the competition file into it. Over a database that holds a
/// competition only with `force`: the old file is kept, renamed, the new audit chain continues
/// from its last hash, and locked or published work needs the chief judge.
public struct InitCompetition {
    public var config: String
    public var path: String
    public var force: Bool
    public var chief: JudgeID?
    /// Who does it, for the audit log.
    public var actor: String

    public init(config: String, path: String, force: Bool, chief: JudgeID?, by actor: String) {
        self.config = config
        self.path = path
        self.force = force
        self.chief = chief
        self.actor = actor
    }

    public func run(pin: PINReader) throws -> (competition: Competition, replaced: ReplacedDatabase?) {
        let competition = try CompetitionFile.load(path: config)
        let replaced = force ? try DatabaseFile.authorizeReplacing(path, chief: chief, pin: pin) : nil
        try DatabaseFile.create(at: path, replacing: force, keepingOld: replaced?.keptAt) { database in
            try database.saveCompetition(competition, by: actor, replacing: replaced)
        }
        return (competition, replaced)
    }
}
