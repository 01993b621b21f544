extension RefusalCode {
    /// The text in one language, placeholders unfilled; the raw code if the catalog lacks it
    /// (which `RefusalCatalogTests` refuses).
    public func template(in language: Language) -> String {
        guard let wording = Self.catalog[self] else { return rawValue }
        return language == .zh ? wording.zh : wording.en
    }

    /// Each concern's table, in the order of the files.
    static let concerns: [[RefusalCode: Wording]] = [
        typing, lookup, panel, signOff, database, recusal, repeated, doubleEntry, csvFile, credentials, desk,
        backup, publication, appeals, service, options, competitionFile, competitionRules, revert, rosterEdit, parsing,
    ]

    /// Every code's text; a code in two tables keeps its first (`RefusalCatalogTests` refuses that too).
    static let catalog: [RefusalCode: Wording] = concerns.reduce(into: [:]) { catalog, table in
        catalog.merge(table) { first, _ in first }
    }

    /// Where a mark is: `competitor 12, round practical, judge J1, criterion skill`.
    static let mark = (
        zh: "选手 {number}、环节 {round}、裁判 {judge}[、评分项 {criterion}]",
        en: "competitor {number}, round {round}, judge {judge}[, criterion {criterion}]"
    )
}
