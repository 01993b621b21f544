import GRDB
import ScoringCore

/// What checking an entry needs from the roster and the marks already stored: the competitors
/// it names and the judges each already has per round. Each is read once and remembered. How
/// it is read is decided once, by the size of the entry: a large file reads the whole roster and
/// every stored judge up front in one scan each, while a typed mark or a small file looks up
/// only what its rows name, so that its cost follows the file and not the database.
final class EntryContext {
    /// From this many rows on, an entry reads everything up front (a lookup per competitor
    /// costs about what scanning 20 rows of the roster does).
    static let wholeFrom = 2048

    let definitions: EntryValidator.Definitions
    private let db: Database
    /// Everything was read up front: what is not remembered does not exist.
    let whole: Bool
    private var entrants: [String: EntryValidator.Entrant] = [:]
    /// Distinct judges (positions in `competition.judges`) per `judgesKey(competitor, round)`;
    /// only for rounds with a limit on judges.
    private var judges: [Int64: JudgeSet] = [:]

    init(_ db: Database, definitions: EntryValidator.Definitions, whole: Bool, countingJudges: Bool) throws {
        self.db = db
        self.definitions = definitions
        self.whole = whole
        guard whole else { return }
        let records = try CompetitorRecord.all().fetchIndexedCursor(db)
        while let record = try records.next() {
            let entrant = entrant(record)
            entrants[entrant.number] = entrant
        }
        guard countingJudges, definitions.maximumMarks.contains(where: { $0 != nil }) else { return }
        let seen = try db.makeStatement(sql: "SELECT DISTINCT competitor_id, round_id, judge_id FROM mark")
        let column = ColumnIndex(seen.columnNames)
        let competitorAt = try column(MarkRecord.Columns.competitorID)
        let roundAt = try column(MarkRecord.Columns.roundID)
        let judgeAt = try column(MarkRecord.Columns.judgeID)
        let rows = try Row.fetchCursor(seen)
        while let row = try rows.next() {
            guard let round = definitions.roundIndex[row[roundAt]], let judge = definitions.judgeIndex[row[judgeAt]]
            else { continue }
            judges[judgesKey(row[competitorAt], round), default: JudgeSet()].insert(judge)
        }
    }

    /// The competitor with this number, exactly as stored; nil when there is none.
    func entrant(_ number: String) throws -> EntryValidator.Entrant? {
        guard !number.isEmpty else { return nil }
        if let known = entrants[number] { return known }
        guard !whole,
            let record = try CompetitorRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM competitor WHERE number = ?"), arguments: [number])
        else { return nil }
        let entrant = entrant(record)
        entrants[number] = entrant
        return entrant
    }

    /// Every competitor number, for the hint of a number not found.
    func numbers() throws -> [String] {
        whole ? Array(entrants.keys) : try String.fetchAll(db, sql: "SELECT number FROM competitor")
    }

    /// The judges with marks of `entrant` in the round at `roundAt`, as counted so far.
    func judges(of entrant: EntryValidator.Entrant, at roundAt: Int) throws -> JudgeSet {
        let key = judgesKey(entrant.id, roundAt)
        if let known = judges[key] { return known }
        var stored = JudgeSet()
        if !whole {
            try String.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT judge_id FROM mark WHERE competitor_id = ? AND round_id = ?"),
                arguments: [entrant.id, definitions.roundIDs[roundAt].rawValue]
            ).compactMap { definitions.judgeIndex[$0] }.forEach { stored.insert($0) }
        }
        judges[key] = stored
        return stored
    }

    /// Counts one more judge; changed in place, since a copy out and back would copy the set.
    func count(_ judge: Int, of entrant: EntryValidator.Entrant, at roundAt: Int) {
        judges[judgesKey(entrant.id, roundAt), default: JudgeSet()].insert(judge)
    }

    /// One integer key per (competitor, round): one hash lookup per row, no nested tables.
    private func judgesKey(_ competitor: Int64, _ round: Int) -> Int64 {
        competitor &* Int64(definitions.roundIDs.count) &+ Int64(round)
    }

    private func entrant(_ record: CompetitorRecord) -> EntryValidator.Entrant {
        EntryValidator.Entrant(
            id: record.id, number: record.number, name: record.name, unit: record.unit,
            status: Competitor.Status(rawValue: record.status) ?? .active,
            tradeAt: definitions.tradeIndex[record.tradeID],
            unitAt: definitions.unitAt(of: record.unit))
    }
}
