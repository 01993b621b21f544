import ArgumentParser
import Foundation
import ResultSheets
import ScoreStore
import ScoringCore

struct ResultsPublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish one trade's result sheet for its notice period (公示), as a new version.",
        discussion: """
            Every round of the trade must be locked. Writes, never replacing a file, into DIR:
              <trade>-vN.csv          the result sheet, exactly as `results export` writes it
              <trade>-vN-notice.csv   the 公示 sheet; <trade>-vN-awards.csv  the award list (获奖名单)
              <trade>-vN-changes.csv  from version 2 on: what changed since the previous version (更正)
              the same as printable HTML and .xlsx (<trade>-vN.html, -notice.xlsx, …), the score
              detail sheet <trade>-vN-detail.html/.xlsx (评分明细) and <trade>-vN-advance-ROUND.html (晋级名单)
              <trade>-vN.sha256       the manifest: `sha256sum -c <trade>-vN.sha256` checks the folder
            and records the version, its SHA-256 and the notice period. Unchanged marks: nothing is written.
            --final makes the latest version final once its notice period is over and no appeal is open.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp("The trade to publish.", valueName: "id"))
    var trade: String

    @Option(help: ArgumentHelp("The folder for the published files (created when missing).", valueName: "dir"))
    var out: String?

    @Option(
        name: .customLong("notice-days"),
        help:
            "Days of the notice period (公示期) during which appeals are taken (default 5, or notice_days_min if longer).")
    var noticeDays: Int?

    @Flag(help: "Make the latest version final (no files are written).")
    var final = false

    func validate() throws {
        if let noticeDays, noticeDays < 0 {
            throw ValidationError("--notice-days \(noticeDays): must be 0 or more")
        }
        guard final || out != nil else { throw ValidationError("--out DIR is needed to publish a version") }
    }

    func run() throws {
        let store = try database.open()
        let chiefID = try chief.authenticate(store, for: "judge results publish")
        let trade = try TradeSelection.trades(of: store.competition(), trade: trade)[0]
        // The cheap refusal first: scoring reads every mark of the trade.
        try Self.requireLocked(trade, of: store.competition(), locked: store.lockedRounds(of: trade.id))
        // Nothing is signed off from a database that fails `judge audit verify`; the pin is the
        // chain's last record before this publication.
        let pin = try store.requireIntactAudit(for: final ? "judge results publish --final" : "judge results publish")
            .pin
        // Only this trade's marks are read: a national competition holds millions.
        let scored = try store.scoredTradeWithMarks(trade.id)
        let competition = scored.competition
        let results = scored.results
        guard results.isFinal else {
            throw UserError(
                SheetExport.blockedMessage(
                    [results], remedy: "enter the missing marks, lock the rounds again, then publish"))
        }
        let review = SpreadReview(flags: results.flags, confirmations: try store.spreadConfirmations())
        if !review.unconfirmed.isEmpty {
            throw UserError(
                ([
                    "cannot publish \(trade.name) (\(trade.id)): \(review.unconfirmed.count) max_spread flags not confirmed by the chief judge (a correction after the lock raised them):"
                ]
                    + review.unconfirmed.map { "  \($0)" }
                    + [
                        "confirm each with `judge flags confirm` (another chief judge where the flag concerns your own marks) or correct the marks"
                    ])
                    .joined(separator: "\n"))
        }
        let now = PublicationTime.now()
        let earlier = try store.publications(of: trade.id)
        let sheet = PublicationBundle.sheet(results, of: competition)
        let digest = SHA256Manifest.digest(sheet)
        let name = "\(trade.name) (\(trade.id))"
        if final {
            let version = earlier.last.map { $0.sheetSHA256 == digest ? $0.version : -1 } ?? 0
            try store.recordFinal(trade: trade.id, version: version, at: now, by: chiefID.rawValue)
            print("\(name): version \(version) is final, sha256 \(digest)")
            // The final record itself is pinned: a log cut back to before it would pass the
            // publication's own pin, which predates it.
            if let head = try store.auditHead() {
                print(
                    "audit pin \(head.record):\(head.hash): keep it; `judge audit verify --expect \(head.record):\(head.hash)` finds a log cut short or rewritten later"
                )
            }
        } else if let latest = earlier.last, latest.sheetSHA256 == digest, latest.finalAt == nil {
            print("\(name): nothing changed since version \(latest.version) (sha256 \(digest)); nothing written")
        } else {
            try publish(
                results, of: competition, marks: scored.marks, after: earlier.last, at: now, by: chiefID, pin: pin,
                store)
        }
        try store.close()
    }

    private func publish(
        _ results: TradeResults, of competition: Competition, marks: [CompetitorNumber: [Mark]],
        after previous: Publication?, at now: Date, by chief: JudgeID, pin: String?, _ store: ScoreDatabase
    ) throws {
        let version = (previous?.version ?? 0) + 1
        let minimum = competition.noticeDaysMin ?? 0
        let days = noticeDays ?? max(5, minimum)
        guard days >= minimum else {
            throw UserError(
                "--notice-days \(days): this competition's notice period (公示期) is at least \(minimum) days (notice_days_min in the competition file); give --notice-days \(minimum) or more"
            )
        }
        let noticeEnd = now.addingTimeInterval(TimeInterval(days) * 86_400)
        let bundle = try PublicationBundle(
            results, of: competition, version: version, noticeStart: LocalTime.chinese(now),
            noticeEnd: LocalTime.chinese(noticeEnd), previous: previous.map { ($0.version, $0.sheet) },
            noticePeriod: LocalTime.noticePeriod(from: now, to: noticeEnd), marks: marks, auditPin: pin)
        let folder = URL(fileURLWithPath: out ?? ".")
        let urls = bundle.documents.map { folder.appendingPathComponent($0.name) }
        if let existing = urls.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw UserError(
                "\(existing.relativePath) exists already: a published file is never replaced; choose another --out")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let publication = Publication(
            trade: results.trade.id, version: version, sheet: bundle.sheet, sheetSHA256: bundle.sheetDigest,
            publishedAt: now, noticeEndsAt: noticeEnd, publishedBy: chief.rawValue,
            files: bundle.documents.map { Publication.File(name: $0.name, sha256: SHA256Manifest.digest($0.data)) })
        var written: [URL] = []
        do {
            try store.recordPublication(publication) {
                for (document, url) in zip(bundle.documents, urls) {
                    try PublishedFile.create(document.data, at: url)
                    written.append(url)
                }
            }
        } catch {
            // Not recorded, so not published: take back what was written.
            for url in written { try? FileManager.default.removeItem(at: url) }
            throw error
        }
        print("published \(results.trade.name) (\(results.trade.id)) version \(version): \(urls[0].relativePath)")
        print("sha256 \(bundle.sheetDigest)")
        print("notice period: \(LocalTime.textWithZone(now)) to \(LocalTime.textWithZone(noticeEnd))")
        if let pin {
            print(
                "audit pin \(pin): keep it; `judge audit verify --expect \(pin)` finds a log cut short or rewritten later"
            )
        }
        if let changes = bundle.changes {
            let people = Set(changes.changes.map(\.number)).count
            print("changes since version \(version - 1): \(changes.changes.count) cells for \(people) competitors")
        }
        print("wrote \(urls.dropFirst().map(\.relativePath).joined(separator: ", "))")
    }

    /// Every round of the competition must be locked for this trade.
    static func requireLocked(_ trade: Trade, of competition: Competition, locked: Set<RoundID>) throws {
        let unlocked = competition.rounds.filter { !locked.contains($0.id) }
        guard unlocked.isEmpty else {
            let names = unlocked.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw UserError(
                "cannot publish \(trade.name) (\(trade.id)): rounds not locked: \(names); lock each with `judge lock --trade \(trade.id) --round ID --chief ID`"
            )
        }
    }
}
