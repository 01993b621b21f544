/// `--lang zh|en`, accepted anywhere on a command line: the door takes it out before it parses
/// the rest, so that every command (and every refusal of its arguments) speaks that language.
public enum LanguageOption {
    /// The arguments without `--lang X` / `--lang=X`, and X if given (the last one wins).
    /// Nothing after a `--` is looked at: that is an argument, never an option.
    public static func extract(from arguments: [String]) throws(Refusal) -> (language: Language?, rest: [String]) {
        var rest: [String] = []
        var language: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            let value: String
            if argument == "--lang" {
                guard index + 1 < arguments.endIndex else {
                    throw Refusal(.unknownLanguage, at: .option("--lang"), ["value": ""])
                }
                value = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                index += 1
            } else {
                rest.append(argument)
                index += 1
                continue
            }
            guard let chosen = Language(rawValue: value.lowercased()) else {
                throw Refusal(.unknownLanguage, at: .option("--lang"), ["value": value])
            }
            language = chosen
        }
        return (language, rest)
    }
}
