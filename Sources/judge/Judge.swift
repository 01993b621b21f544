import ArgumentParser
import Foundation
import Messages

@main
struct Judge: ParsableCommand {
    // Every command names itself: a name derived from the type goes through
    // String(describing:), whose runtime conformance lookups scan the whole statically linked
    // binary (a third of a typed mark's instructions).
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: Phrase.helpJudge.text(),
        discussion: Phrase.discussJudge.template(in: .current),
        subcommands: [
            Init.self, Roster.self, Score.self, Time.self, Results.self, Status.self, Rank.self,
            Competitors.self, Lock.self, Unlock.self, Flags.self, Judges.self, Recusal.self, DoubleEntry.self,
            AppealCommand.self, Audit.self, Backup.self, Report.self, Demo.self, Clerks.self, Serve.self,
        ]
    )

    static func main() {
        let environment = ProcessInfo.processInfo.environment
        Language.current = Language.choose(option: nil, environment: environment)
        let arguments: [String]
        do {
            // `--lang` may stand anywhere, for every command: taken out before parsing.
            let chosen = try LanguageOption.extract(from: Array(CommandLine.arguments.dropFirst()))
            Language.current = Language.choose(option: chosen.language?.rawValue, environment: environment)
            arguments = chosen.rest
        } catch {
            FileHandle.standardError.write(Data("\(Refusal.errorPrefix(in: .current))\(error)\n".utf8))
            Foundation.exit(64)  // a usage error, as ArgumentParser's for a bad option value
        }
        if let refusal = ArgumentText.refusal(arguments) {
            FileHandle.standardError.write(Data("\(Refusal.errorPrefix(in: .current))\(refusal)\n".utf8))
            Foundation.exit(1)
        }
        run(Self.movingLeadingDatabaseOption(arguments))
    }

    /// ArgumentParser's `main`, but what it writes (help, usage errors, `Error: `) is said in the
    /// chosen language (`ParserText`); exit statuses are ArgumentParser's own.
    static func run(_ arguments: [String]) {
        do {
            // A typed mark, the command a clerk repeats, skips ArgumentParser's reflection.
            var command: any ParsableCommand
            if let typedMark = ScoreEnter.shortcut(arguments) {
                command = typedMark
            } else {
                command = try parseAsRoot(arguments)
            }
            try command.run()
        } catch {
            let status = exitCode(for: error)
            let text = ParserText.text(for: error, arguments: arguments, in: .current)
            if !text.isEmpty {
                let handle = status.isSuccess ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((text + "\n").utf8))  // as `print`, as ArgumentParser does
            }
            Foundation.exit(status.rawValue)
        }
    }

    /// `judge --db X cmd …` means `judge cmd … --db X`: the leading option is passed on
    /// through $JUDGE_DB, which every command reads when it has no --db of its own.
    static func movingLeadingDatabaseOption(_ arguments: [String]) -> [String] {
        var arguments = arguments
        while let first = arguments.first, first == "--db" || first.hasPrefix("--db=") {
            if first == "--db" {
                guard arguments.count > 1 else { break }
                setenv("JUDGE_DB", arguments[1], 1)
                arguments.removeFirst(2)
            } else {
                setenv("JUDGE_DB", String(first.dropFirst("--db=".count)), 1)
                arguments.removeFirst()
            }
        }
        return arguments
    }
}
