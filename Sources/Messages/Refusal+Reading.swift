extension Refusal {
    /// The values that fill `template` to give exactly `text`, or nil when it cannot: `fill` run
    /// backwards, for English another library wrote (the argument parser's). A `{name}` takes
    /// the shortest text that lets the rest match, a `[…]` part may be absent; filling the
    /// values back in gives `text` again.
    /// `spacesMayWrap`: a space of the template also matches a line break and its indent, as
    /// in help text wrapped to the terminal's width.
    static func read(_ text: String, as template: String, spacesMayWrap: Bool = false) -> [String: String]? {
        var pattern = "^"
        var names: [String] = []
        var rest = Substring(template)
        while let first = rest.first {
            switch first {
            case "[":
                pattern += "(?:"
            case "]":
                pattern += ")?"
            case "{" where rest.contains("}"):
                let close = rest.firstIndex(of: "}")!
                names.append(String(rest[rest.index(after: rest.startIndex)..<close]))
                pattern += "(.*?)"
                rest = rest[close...]
            case " " where spacesMayWrap:
                pattern += "\\s+"
            default:
                if "\\^$.|?*+()[]{}/".contains(first) { pattern += "\\" }
                pattern.append(first)
            }
            rest = rest.dropFirst()
        }
        guard let regex = try? Regex(pattern + "$").dotMatchesNewlines(),
            let match = text.wholeMatch(of: regex)
        else { return nil }
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            if let value = match.output[index + 1].substring { values[name] = String(value) }
        }
        return values
    }
}

extension RefusalCode {
    /// The values of a message that is this code's English text filled in, or nil.
    public func reading(english text: String, spacesMayWrap: Bool = false) -> [String: String]? {
        Refusal.read(text, as: template(in: .en), spacesMayWrap: spacesMayWrap)
    }
}

extension Phrase {
    /// The values of a line that is this phrase's English text filled in, or nil.
    public func reading(english text: String, spacesMayWrap: Bool = false) -> [String: String]? {
        Refusal.read(text, as: template(in: .en), spacesMayWrap: spacesMayWrap)
    }
}
