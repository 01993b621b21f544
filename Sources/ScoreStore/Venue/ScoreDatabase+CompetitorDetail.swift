import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    public func competitorDetail(number: CompetitorNumber) throws -> CompetitorDetail {
        try writer.read { db in
            let (id, competitor) = try Self.competitorToEdit(number, db)
            let origin = try Row.fetchOne(
                db,
                sql: "SELECT b.*, c.line FROM competitor c JOIN entry_batch b ON b.id = c.batch_id WHERE c.id = ?",
                arguments: [id])
            let competition = try Self.competition(db)
            // The trade's marks read and scored once, for the sheet, the admission and this
            // competitor's own lines.
            let (scored, admission) = try Self.scoredTradeAndAdmission(competitor.trade, of: competition, db)
            let changes = try Row.fetchAll(
                db, sql: "SELECT * FROM competitor_change WHERE competitor_id = ? ORDER BY id", arguments: [id]
            ).map(CompetitorChange.init)
            return CompetitorDetail(
                competition: competition, competitor: competitor,
                registered: origin.map { Self.batchName($0["id"], $0) } ?? Bilingual(zh: "", en: ""),
                line: origin?["line"] ?? 0, changes: changes, marks: scored.marks[competitor.number] ?? [],
                results: scored.results, admission: admission)
        }
    }
}
