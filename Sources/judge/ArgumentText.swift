import Foundation
import Messages
import ScoringCore

/// Every argument is text a person typed: control and bidirectional characters are refused in
/// all of them (an ESC or U+202E in a --reason would reach the audit log and the terminal), and
/// the text options are capped at `TextField.maxLength` characters. Paths are not capped.
enum ArgumentText {
    static let pathOptions: Set<String> = ["--db", "--config", "--out"]
    /// Options that take no value: what follows one is an argument of its own (often a file).
    static let flags: Set<String> = [
        "--replace", "--force", "--final", "--changes", "--provisional", "--no-bom", "--help", "-h",
    ]

    /// The first refused argument, naming its option and value; nil when all are fine.
    static func refusal(_ arguments: [String]) -> Refusal? {
        var previous: String?
        for argument in arguments {
            let (option, value) = split(argument, after: previous)
            previous = argument
            let isPath = option.map(pathOptions.contains) ?? !argument.hasPrefix("-")
            guard isPath || TextField.problem(value) != nil else { continue }
            let place = option.map(Place.option)
            let shown = TextField.shown(value)
            if let character = (isPath ? argument : value).unicodeScalars.lazy.compactMap(TextField.forbiddenCharacter)
                .first
            {
                return Refusal(
                    .forbiddenCharacter, at: place,
                    ["value": shown, "character": character, "character.zh": Refusal.chineseCharacterName(character)])
            }
            if !isPath {
                return Refusal(
                    .textTooLong, at: place,
                    ["value": shown, "length": String(value.count), "max": String(TextField.maxLength)])
            }
        }
        return nil
    }

    /// `--reason=x` or `--reason x` → ("--reason", "x"); a lone argument → (nil, itself).
    private static func split(_ argument: String, after previous: String?) -> (String?, String) {
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
        }
        if let previous, previous.hasPrefix("--"), !previous.contains("="), !flags.contains(previous),
            !argument.hasPrefix("--")
        {
            return (previous, argument)
        }
        return (nil, argument)
    }
}
