public import Foundation
public import ScoringCore

/// The files of one published version of a trade, as bytes, named for one folder:
///
///     nursery-v2.csv          the result sheet, exactly as `results export` writes it
///     nursery-v2-notice.csv   the 公示 sheet
///     nursery-v2-awards.csv   the award list (获奖名单)
///     nursery-v2-changes.csv  the change list (更正) against the previous version, from version 2 on
///     nursery-v2.sha256       the manifest of the files above, for `sha256sum -c`
public struct PublicationBundle: Sendable {
    public struct Document: Equatable, Sendable {
        public let name: String
        public let data: Data
    }

    /// The published result sheet's bytes and SHA-256.
    public let sheet: Data
    public let sheetDigest: String
    /// What changed since the previous version; nil for version 1.
    public let changes: SheetChanges?
    /// Every file, the result sheet first and the manifest last.
    public let documents: [Document]

    /// The result sheet alone, as published: Chinese headers and a BOM (CLI.md's defaults).
    public static func sheet(_ results: TradeResults, of competition: Competition) -> Data {
        render(ResultSheet(results, of: competition, headers: .zh))
    }

    private static func render(_ table: ResultSheet) -> Data {
        CSVSheetWriter.render(header: table.header, rows: table.rows, bom: true)
    }

    /// `previous` is the version before this one with its result sheet as published; the
    /// notice period is given as it is printed (`noticePeriod` in Chinese dates); `marks` are
    /// the trade's marks, for the score detail sheet (评分明细).
    public init(
        _ results: TradeResults, of competition: Competition, version: Int, noticeStart: String, noticeEnd: String,
        previous: (version: Int, sheet: Data)?, noticePeriod: String = "", marks: [CompetitorNumber: [Mark]] = [:],
        auditPin: String? = nil
    ) throws {
        let table = ResultSheet(results, of: competition, headers: .zh)
        sheet = Self.render(table)
        sheetDigest = SHA256Manifest.digest(sheet)
        var stamp = PublicationStamp(
            competition: competition.name, trade: results.trade.name, version: version, sheetDigest: sheetDigest,
            noticeStart: noticeStart, noticeEnd: noticeEnd, noticePeriod: noticePeriod)
        stamp.auditPin = auditPin
        let base = "\(results.trade.id.rawValue)-v\(version)"
        var documents = [
            Document(name: base + ".csv", data: sheet),
            Document(name: base + "-notice.csv", data: NoticeSheet(results, of: competition, stamp: stamp).render()),
            Document(name: base + "-awards.csv", data: AwardList(results, of: competition, stamp: stamp).render()),
        ]
        var changes: SheetChanges?
        if let previous {
            // A stored sheet that no longer reads (edited by hand) counts as empty: all shows as new.
            let old = SheetTable(csv: previous.sheet) ?? SheetTable(header: table.header, rows: [])
            let found = SheetChanges(old: old, new: SheetTable(table))
            documents.append(
                Document(name: base + "-changes.csv", data: found.render(stamp: stamp, from: previous.version)))
            changes = found
        }
        self.changes = changes
        documents += try PrintedSet(
            results, of: competition, stamp: stamp, marks: marks, changes: changes.map { ($0, previous!.version) }
        ).documents(base: base)
        var manifest = SHA256Manifest()
        manifest.auditPin = auditPin
        for document in documents { manifest.add(document.name, document.data) }
        documents.append(Document(name: base + ".sha256", data: manifest.render()))
        self.documents = documents
    }
}
