extension Phrase {
    /// The text in one language, placeholders unfilled; the raw key if the catalog lacks it
    /// (which `PhraseCatalogTests` refuses).
    public func template(in language: Language) -> String {
        guard let wording = Self.catalog[self] else { return rawValue }
        return language == .zh ? wording.zh : wording.en
    }

    /// The phrase with its values filled in; a name without a value stays visible. `{s}` is the
    /// English plural ending, from `count`.
    public func text(in language: Language = .current, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["s"] == nil, let count = values["count"] { values["s"] = count == "1" ? "" : "s" }
        return Refusal.fill(template(in: language), with: values)
    }

    /// The values a phrase names, without `{s}` (English only).
    public static func placeholders(in template: String) -> Set<String> {
        RefusalCode.placeholders(in: template).subtracting(["s"])
    }

    /// Each concern's table, in the order of the groups above.
    static let concerns: [[Phrase: Wording]] = [
        imports, marks, signOff, status, competitor, audit, export, publication, credentials, demo, serve, helpGroups,
        helpDiscussionsEntry, helpDiscussionsResults, blockers, progress, auditLines,
        helpCommands, helpOptions, helpArguments, parserWords, auditProblems,
    ]

    /// Every phrase's text; a phrase in two tables keeps its first (`PhraseCatalogTests` refuses that too).
    static let catalog: [Phrase: Wording] = concerns.reduce(into: [:]) { catalog, table in
        catalog.merge(table) { first, _ in first }
    }
}
