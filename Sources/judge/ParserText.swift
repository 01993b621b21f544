import ArgumentParser
import Messages

/// What ArgumentParser writes itself (its help labels, its usage errors and the lines around
/// them), said in the reader's language. It has no localization: its English is in the catalog
/// word for word (`RefusalCode+Parsing`, `Phrase+ParserWords`), so each of its lines is read
/// back through those texts and said again. English comes out exactly as it wrote it; a line
/// the catalog does not know is left as it is.
enum ParserText {
    /// The text `Judge.main` prints for an error of parsing or of a command: help on success,
    /// else `错误：` with the message, the option's help, the usage and where to read more.
    static func text(for error: any Error, arguments: [String], in language: Language) -> String {
        let full = Judge.fullMessage(for: error)
        let status = Judge.exitCode(for: error)
        if status.isSuccess { return language == .en ? full : help(full, in: language) }
        let message = Judge.message(for: error)
        guard !message.isEmpty, full.hasPrefix("Error: " + message) else { return full }
        // Only a usage error (64) is the parser's; a refusal of a command is already said.
        let refusal = status == .validationFailure ? usageRefusal(message, arguments: arguments) : nil
        let said = refusal?.message(in: language) ?? message
        let lines = full.dropFirst(("Error: " + message).count).split(separator: "\n", omittingEmptySubsequences: false)
        let around = lines.map { line in
            say(String(line), through: [.parserErrorHelp, .parserErrorUsage, .parserSeeMore], in: language)
        }
        return Refusal.errorPrefix(in: language) + said + around.joined(separator: "\n")
    }

    /// A usage error the parser wrote, read back into its refusal; nil for one the catalog
    /// does not know (and for a command's own `ValidationError`, already in the reader's language).
    static func usageRefusal(_ message: String, arguments: [String]) -> Refusal? {
        let codes: [RefusalCode] = [
            .missingArgument, .missingValue, .unknownOption, .unexpectedArgument, .unexpectedArguments,
            .invalidValue, .optionTakesNoValue, .unknownShell,
        ]
        for code in codes {
            guard var values = code.reading(english: message) else { continue }
            switch code {
            case .unexpectedArgument where command(reachedBy: arguments).configuration.subcommands.count > 0:
                // What a command group does not expect is a command it does not have.
                return Refusal(.unknownCommand, ["command": values["argument"] ?? ""])
            case .unexpectedArguments:
                let each = (values["arguments"] ?? "").components(separatedBy: "', '")
                values["arguments.zh"] = each.map { "\"\($0)\"" }.joined(separator: "、")
            case .invalidValue:
                values["detail.zh"] = detail(values["detail"] ?? "")
            default:
                break
            }
            return Refusal(code, values)
        }
        return nil
    }

    /// `--help` with its labels said in `language`.
    static func help(_ text: String, in language: Language) -> String {
        let labels: [Phrase] = [
            .parserOverview, .parserUsage, .parserArguments, .parserOptions, .parserSubcommands, .parserHelpFlag,
            .parserSeeHelp,
        ]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            say(String(line), through: labels, in: language)
        }
        return notes(lines.joined(separator: "\n"), in: language)
    }

    /// The line in `language` when it is one of `phrases` in English; else as it is.
    private static func say(_ line: String, through phrases: [Phrase], in language: Language) -> String {
        for phrase in phrases {
            if let values = phrase.reading(english: line) { return phrase.text(in: language, values) }
        }
        return line
    }

    /// `(values: a, b; default: c)` after an option's help, which the parser may have wrapped
    /// at any of its spaces: a break inside the values stays, one between words is dropped.
    /// Only ever called for Chinese: English stays exactly as the parser wrapped it.
    private static func notes(_ text: String, in language: Language) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard after.hasPrefix("values:") || after.hasPrefix("default:") else {
                out += "("
                rest = after
                continue
            }
            let note = String(rest[open...close])
            let phrases: [Phrase] = [.parserValuesDefault, .parserValues, .parserDefault]
            let said = phrases.lazy.compactMap { phrase in
                phrase.reading(english: note, spacesMayWrap: true).map { values in
                    var values = values
                    // A Chinese list is joined by 、, its wrap kept where the parser broke it.
                    values["values"] = values["values"]?.replacingOccurrences(of: ",\n", with: "、\n")
                        .replacingOccurrences(of: ", ", with: "、")
                    return phrase.text(in: language, values)
                }
            }.first
            if let said {
                // The parser puts a space before the note; Chinese needs none before `（`.
                if language == .zh, out.hasSuffix(" ") { out.removeLast() }
                out += said
            } else {
                out += note
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The parser's tail after an invalid value, in Chinese: `: why` (already in the reader's
    /// language when a refusal), or the values to choose from.
    private static func detail(_ english: String) -> String {
        if english.hasPrefix(": ") { return "：" + english.dropFirst(2) }
        guard english.hasPrefix(". Please provide one of ") else { return english }
        let listed = english.dropFirst(". Please provide one of ".count)
        let choices: [Substring]
        if listed.hasPrefix("the following:") {
            choices = listed.split(separator: "\n").dropFirst().map { $0.drop { $0 == " " || $0 == "-" } }
        } else {
            choices = listed.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter {
                $0.offset % 2 == 1
            }.map(\.element)
        }
        return Phrase.parserValues.text(in: .zh, ["values": choices.joined(separator: "、")])
    }

    /// The command the arguments name (`judge flags confirm …` → `Flags.Confirm`), as far as
    /// they name one.
    static func command(reachedBy arguments: [String]) -> any ParsableCommand.Type {
        var command: any ParsableCommand.Type = Judge.self
        for argument in arguments where !argument.hasPrefix("-") {
            guard
                let next = command.configuration.subcommands.first(where: {
                    $0.configuration.commandName == argument
                })
            else { break }
            command = next
        }
        return command
    }
}
