import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: Phrase.helpAudit.text(),
        subcommands: [Verify.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: Phrase.abstractAuditVerify.text(),
            discussion: """
                Exits 0 with a one-line summary, or 1 listing every broken record and every
                mark, time, competitor or setting that differs from the log (the first 50, then a
                count): an edit made directly in the SQLite file is found. --expect RECORD:HASH
                (printed by `judge results publish` and in its manifest and 公示 title) also finds
                a log cut short or rewritten since that publication.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: ArgumentHelp(
                Phrase.argAuditExpect.text(),
                valueName: "record:hash"))
        var expect: String?

        func run() throws {
            let (result, pin) = try VerifyAudit(expect: expect).run(in: database.openForReading())
            guard let problem = result.problem else {
                let hash = result.lastHash.map { Phrase.auditLastHash.text(["hash": String($0.prefix(16))]) } ?? ""
                let rows = result.rows > 0 ? Phrase.auditRowsAgree.text(["count": "\(result.rows)"]) : ""
                let pinned = pin.map { Phrase.auditPinned.text(["record": "\($0.record)"]) } ?? ""
                print(
                    Phrase.auditOK.text(
                        [
                            "records": String(result.records), "facts": String(result.facts), "hash": hash,
                            "rows": rows, "pinned": pinned,
                        ]))
                return
            }
            var lines = ["audit: FAILED: \(problem)"]
            lines += result.problems.dropFirst().map { "audit: FAILED: \($0)" }
            if result.moreProblems > 0 {
                lines.append(Phrase.auditMore.text(["count": "\(result.moreProblems)"]))
            }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.failure
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: Phrase.abstractAuditLog.text(),
            discussion: """
                Each import, typed mark, correction, roster edit and revert shows its batch id
                (`batch 7`), which `judge score revert --batch 7` takes. Times are local.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(Phrase.argAuditNumber.text(), valueName: "number"))
        var number: CompetitorNumber?

        @Flag(help: ArgumentHelp(Phrase.optionVerbose.text()))
        var changes = false

        func run() throws {
            let entries = try ReadAuditLog(number: number, withChanges: changes).run(in: database.openForReading())
            for entry in entries {
                let batch = entry.batch.map { "  batch \($0)" } ?? ""
                print(
                    "#\(entry.seq)  \(LocalTime.text(stored: entry.at))  \(entry.kind)\(batch)  by \(entry.actor): \(entry.summary)"
                )
                if changes || number != nil {
                    for change in entry.changes { print("    \(change)") }
                }
            }
            if entries.isEmpty {
                print(number.map { Phrase.auditNoChanges.text(["number": "\($0)"]) } ?? Phrase.auditEmpty.text())
            }
        }
    }
}
