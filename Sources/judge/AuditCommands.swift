import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore
import StoreValues

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: Phrase.helpAudit.text(),
        subcommands: [Verify.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: Phrase.abstractAuditVerify.text(),
            discussion: Phrase.discussVerify.template(in: .current))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: ArgumentHelp(
                Phrase.argAuditExpect.text(),
                valueName: "record:hash"))
        var expect: String?

        func run() throws {
            let (result, pin) = try VerifyAudit(expect: expect).run(in: database.openForReading())
            guard !result.problems.isEmpty else {
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
            // The problems are said in the reader's language; the records they name stay as written.
            var lines = result.problems.map { Phrase.auditFailed.text(["problem": $0.text(in: .current)]) }
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
            discussion: Phrase.discussLog.template(in: .current))

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(Phrase.argAuditNumber.text(), valueName: "number"))
        var number: CompetitorNumber?

        @Flag(help: ArgumentHelp(Phrase.optionVerbose.text()))
        var changes = false

        func run() throws {
            let entries = try ReadAuditLog(number: number, withChanges: changes).run(in: database.openForReading())
            for entry in entries {
                // The record's own kind, actor and summary are the log's words, never translated.
                let batch = entry.batch.map { Phrase.auditLogBatch.text(["batch": "\($0)"]) } ?? ""
                print(
                    Phrase.auditLogEntry.text([
                        "seq": "\(entry.seq)", "at": LocalTime.text(stored: entry.at), "kind": entry.kind,
                        "batch": batch, "actor": entry.actor, "summary": entry.summary,
                    ]))
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
