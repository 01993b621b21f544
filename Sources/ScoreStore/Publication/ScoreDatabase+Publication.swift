import Crypto
public import Foundation
import GRDB
import Messages
public import ScoringCore
public import StoreValues

extension ScoreDatabase {
    /// Every published version, by trade and version; of one trade when `trade` is set.
    public func publications(of trade: TradeID? = nil) throws -> [Publication] {
        try writer.read { db in try Self.publications(of: trade, db) }
    }

    /// The published version one of whose files has this SHA-256, and that file; the latest
    /// such version when marks went back to an earlier sheet.
    public func publishedFile(withSHA256 digest: String) throws -> (Publication, Publication.File)? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT p.trade_id, p.version, f.name FROM publication_file f
                        JOIN publication p ON p.id = f.publication_id
                        WHERE f.sha256 = ? ORDER BY p.version DESC, p.trade_id LIMIT 1
                        """, arguments: [digest]),
                let publication = try Self.publications(of: TradeID(row[PublicationRecord.Columns.tradeID]), db)
                    .first(where: { $0.version == row[PublicationRecord.Columns.version] })
            else { return nil }
            return (publication, Publication.File(name: row[PublicationFileRecord.Columns.name], sha256: digest))
        }
    }

    /// Records `publication` as the trade's next version, in one transaction with its audit
    /// record. `writeFiles` runs inside it, after the checks: if it throws, nothing is recorded.
    /// Refuses when another version was published since the caller read `publication.version - 1`,
    /// or when the trade is final. `verified`: where the chain ended when the caller verified
    /// it (`AuditVerification.head`); the audit is verified again only if it grew since.
    public func recordPublication(
        _ publication: Publication, verified: AuditPin? = nil, writeFiles: () throws -> Void
    ) throws {
        try writer.write { db in
            try Self.requireIntactAudit(for: "judge results publish", verified: verified, db)
            let earlier = try Self.publications(of: publication.trade, db)
            if let final = earlier.first(where: { $0.finalAt != nil }) {
                throw Refusal(
                    .publishedFinal, ["trade": publication.trade.rawValue, "version": String(final.version)])
            }
            guard (earlier.last?.version ?? 0) + 1 == publication.version else {
                throw Refusal(
                    .publishedMeanwhile,
                    ["trade": publication.trade.rawValue, "version": String(earlier.last?.version ?? 0)])
            }
            let record = try PublicationRecord(
                tradeID: publication.trade.rawValue, version: publication.version, sheet: publication.sheet,
                sheetSHA256: publication.sheetSHA256, publishedAt: StoredTime.text(publication.publishedAt),
                noticeEndsAt: StoredTime.text(publication.noticeEndsAt), publishedBy: publication.publishedBy.rawValue
            ).inserted(db)
            let id = record.id ?? db.lastInsertedRowID
            var changes = AuditChanges()
            let (fact, value) = PublicationFacts.version(
                trade: publication.trade.rawValue, version: publication.version,
                sheetSHA256: publication.sheetSHA256,
                storedSHA256: SHA256.hash(data: publication.sheet).hexDigits,
                publishedAt: StoredTime.text(publication.publishedAt),
                noticeEndsAt: StoredTime.text(publication.noticeEndsAt), by: publication.publishedBy.rawValue)
            changes.set(fact, to: value)
            for file in publication.files {
                try PublicationFileRecord(publicationID: id, name: file.name, sha256: file.sha256).insert(db)
                let (fileFact, digest) = PublicationFacts.file(
                    trade: publication.trade.rawValue, version: publication.version, name: file.name,
                    sha256: file.sha256)
                changes.set(fileFact, to: digest)
            }
            try Self.appendAudit(
                kind: "publication", actor: publication.publishedBy.rawValue,
                summary:
                    "published \(publication.trade) version \(publication.version), sheet sha256 \(publication.sheetSHA256)",
                changes: changes, db)
            try writeFiles()
        }
    }

    /// Makes the trade's latest version final. Refuses, naming every reason, unless it is
    /// `version` (the sheet as the caller sees it now; nil when it matches no published version), not
    /// final yet, its notice period is over and no appeal of the trade is open.
    /// `verified` as for `recordPublication`.
    public func recordFinal(
        trade: TradeID, version: Int?, at now: Date, by chief: JudgeID, verified: AuditPin? = nil
    ) throws {
        try writer.write { db in
            try Self.requireIntactAudit(for: "judge results publish --final", verified: verified, db)
            guard let latest = try Self.publications(of: trade, db).last else {
                throw Refusal(.finalNeedsPublication, ["trade": trade.rawValue])
            }
            if let finalAt = latest.finalAt {
                throw Refusal(
                    .finalAlready,
                    [
                        "trade": trade.rawValue, "version": String(latest.version),
                        "at": LocalTime.textWithZone(finalAt),
                    ])
            }
            var blockers: [Bilingual] = []
            if latest.version != version {
                let values = ["version": String(latest.version), "trade": trade.rawValue]
                blockers.append(Bilingual { Phrase.finalNotLatest.text(in: $0, values) })
            }
            if now < latest.noticeEndsAt {
                let values = ["version": String(latest.version), "at": LocalTime.textWithZone(latest.noticeEndsAt)]
                blockers.append(Bilingual { Phrase.finalNoticeRuns.text(in: $0, values) })
            }
            for appeal in try Self.appeals(of: trade, db) where appeal.isOpen {
                let values = ["id": "\(appeal.id)", "number": "\(appeal.number)", "reason": appeal.reason]
                blockers.append(Bilingual { Phrase.finalAppealOpen.text(in: $0, values) })
            }
            guard blockers.isEmpty else {
                // The audit log keeps the English lines; the reader gets his language.
                func lines(_ language: Language) -> String {
                    blockers.map { "  " + $0.text(in: language) }.joined(separator: "\n")
                }
                throw Refusal(
                    .cannotMakeFinal, ["trade": trade.rawValue, "blockers": lines(.en), "blockers.zh": lines(.zh)])
            }
            let finalAt = StoredTime.text(now)
            try db.execute(
                sql: "UPDATE publication SET final_at = ?, final_by = ? WHERE trade_id = ? AND version = ?",
                arguments: [finalAt, chief.rawValue, trade.rawValue, latest.version])
            var changes = AuditChanges()
            let (fact, value) = PublicationFacts.final(
                trade: trade.rawValue, version: latest.version, at: finalAt, by: chief.rawValue)
            changes.set(fact, to: value)
            try Self.appendAudit(
                kind: "publication.final", actor: chief.rawValue,
                summary: "made \(trade) version \(latest.version) final",
                changes: changes, db)
        }
    }

    static func publications(of trade: TradeID?, _ db: Database) throws -> [Publication] {
        var request = PublicationRecord.order(PublicationRecord.Columns.tradeID, PublicationRecord.Columns.version)
        if let trade { request = request.filter(PublicationRecord.Columns.tradeID == trade.rawValue) }
        let files = Dictionary(
            grouping: try PublicationFileRecord.order(Column.rowID).fetchAll(db), by: \.publicationID)
        return try request.fetchAll(db).map { record in
            Publication(
                trade: TradeID(record.tradeID), version: record.version, sheet: record.sheet,
                sheetSHA256: record.sheetSHA256, publishedAt: storedDate(record.publishedAt),
                noticeEndsAt: storedDate(record.noticeEndsAt), publishedBy: JudgeID(record.publishedBy),
                files: record.id.flatMap { files[$0] }.map {
                    $0.map { Publication.File(name: $0.name, sha256: $0.sha256) }
                }
                    ?? [],
                finalAt: record.finalAt.map(storedDate), finalBy: record.finalBy.map { JudgeID($0) })
        }
    }
}

/// A stored time; an unreadable one (a hand edit) reads as the distant past, and `audit verify`
/// reports the edit.
func storedDate(_ text: String) -> Date {
    StoredTime.date(text) ?? .distantPast
}
