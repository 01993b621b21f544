import ArgumentParser
import Foundation
import ScoreStore

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The tamper-evident history: every change of state, chained by SHA-256.",
        subcommands: [Verify.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Check the chain of records and that the database says what the log says.",
            discussion: """
                Exits 0 with a one-line summary, or 1 naming the first broken record or the
                first mark, time, competitor or setting that differs from the log: an edit made
                directly in the SQLite file is found.
                """)

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let result = try database.openForReading().verifyAudit()
            guard let problem = result.problem else {
                let hash = result.lastHash.map { ", last hash \($0.prefix(16))…" } ?? ""
                print(
                    "audit: OK: \(result.records) records, chain intact; \(result.facts) facts agree with the log\(hash)"
                )
                return
            }
            let more = result.moreProblems > 0 ? " (and \(result.moreProblems) more differences)" : ""
            FileHandle.standardError.write(Data("audit: FAILED: \(problem)\(more)\n".utf8))
            throw ExitCode.failure
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Show the history, oldest first; with --number, every change to one competitor.",
            discussion: """
                Each import, typed mark, correction, roster edit and revert shows its batch id
                (`batch 7`), which `judge score revert --batch 7` takes. Times are local.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Only the changes to this competitor's records.", valueName: "number"))
        var number: String?

        @Flag(help: "Show every fact each record sets (long for imports).")
        var changes = false

        func run() throws {
            let entries = try database.openForReading().auditEntries(number: number, withChanges: changes)
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
                print(number.map { "no record changes competitor \($0)" } ?? "the audit log is empty")
            }
        }
    }
}
