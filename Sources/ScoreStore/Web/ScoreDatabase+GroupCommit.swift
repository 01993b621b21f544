import GRDB
import Messages
public import StoreValues

extension ScoreDatabase {
    /// Several typed marks in one write transaction, so that they share one commit (one sync of
    /// the log to disk, most of a single mark's time). Each mark goes through `enterMark`'s own
    /// work (checks, mark, audit record, remembered request) in a savepoint of its own: a refused
    /// mark is rolled back alone and its refusal recorded after that rollback, as
    /// `recordingRefusals` does. Nothing is returned before the commit; when the transaction
    /// fails, every mark fails with it and none is stored.
    /// `written`: called after the rows are written, before the commit (`MarkStages`).
    public func enterMarks(_ marks: [TypedMark], written: () -> Void = {}) throws -> [Result<EnteredMark, any Error>] {
        try writer.writeWithoutTransaction { db in
            var results: [Result<EnteredMark, any Error>] = []
            try db.inTransaction {
                results = try enterMarks(marks, db)
                written()
                return .commit
            }
            return results
        }
    }

    private func enterMarks(_ marks: [TypedMark], _ db: Database) throws -> [Result<EnteredMark, any Error>] {
        let definitions = try definitionCache.definitions(db)
        return try marks.map { mark in
            do {
                var entered: EnteredMark?
                try db.inSavepoint {
                    entered = try Self.enterMark(
                        mark.row, clerk: mark.clerk, replace: mark.replace, authenticated: mark.authenticated,
                        request: mark.request, definitions: definitions, clock: clock, db)
                    return .commit
                }
                return .success(entered!)
            } catch let refusal as Refusal {
                try Self.appendRefusals([refusal], actor: mark.clerk, source: "score enter", db)
                return .failure(refusal)
            } catch let refusals as Refusals {
                try Self.appendRefusals(
                    refusals.refusals, moreAudited: refusals.moreAudited, actor: mark.clerk, source: "score enter",
                    db)
                return .failure(refusals)
            } catch {
                // An error that ended the whole transaction is not one mark's: all of them fail.
                guard db.isInsideTransaction else { throw error }
                return .failure(error)
            }
        }
    }
}
