import GRDB
import Messages
import ScoringCore
import Synchronization

/// Checks marks and times against the competition and roster before they are stored,
/// and counts judges per competitor and round so an (n+1)-th judge is refused at entry.
struct EntryValidator {
    /// A class: every resolved mark carries its competitor, and a reference is one retain.
    final class Entrant: Sendable {
        let id: Int64
        let number: String
        let name: String
        let unit: String
        let status: Competitor.Status
        /// Position of the competitor's trade in the competition; nil for a trade it lacks.
        let tradeAt: Int?
        /// Index of the judges' unit (`Definitions.unitIndex`) the competitor's unit is; nil for none.
        let unitAt: Int?

        init(
            id: Int64, number: String, name: String, unit: String, status: Competitor.Status, tradeAt: Int?,
            unitAt: Int?
        ) {
            self.id = id
            self.number = number
            self.name = name
            self.unit = unit
            self.status = status
            self.tradeAt = tradeAt
            self.unitAt = unitAt
        }
    }

    /// The stored competition with its ids indexed, shared by every mark resolved against it.
    /// What checking a row needs is laid out per round position in flat arrays, so that a
    /// row never copies a `Round` (a copy retains each of its arrays and strings).
    final class Definitions: Sendable {
        let competition: Competition
        let roundIndex: [String: Int]
        let judgeIndex: [String: Int]
        let roundIDs: [RoundID]
        let roundMax: [Points]
        let criterionIDs: [[String]]
        let criterionMax: [[Points]]
        let maximumMarks: [Int?]
        let doubleEntry: [Bool]
        /// Rounds, judges and each round's criteria by id or by name (育婴员, 理论知识, 王芳).
        let roundLookup: NameLookup
        let judgeLookup: NameLookup
        let criterionLookup: [NameLookup]
        let tradeIndex: [String: Int]
        /// The judges' distinct units (`UnitKey`), numbered; and each judge's, nil for none.
        let unitIndex: [String: Int]
        let judgeUnit: [Int?]
        /// Each roster unit as written, to its `unitIndex` (nil for none), for as long as these
        /// definitions serve: normalising a unit was 7% of the typed marks' shared transaction.
        private let competitorUnits = Mutex<[String: Int?]>([:])

        init(_ competition: Competition) {
            self.competition = competition
            let rounds = competition.rounds
            roundIndex = Dictionary(uniqueKeysWithValues: rounds.enumerated().map { ($1.id.rawValue, $0) })
            judgeIndex = Dictionary(uniqueKeysWithValues: competition.judges.enumerated().map { ($1.id.rawValue, $0) })
            roundIDs = rounds.map(\.id)
            roundMax = rounds.map(\.max)
            criterionIDs = rounds.map { $0.criteria.map(\.id.rawValue) }
            criterionMax = rounds.map { $0.criteria.map(\.max) }
            maximumMarks = rounds.map(\.maximumMarks)
            doubleEntry = rounds.map(\.doubleEntry)
            roundLookup = NameLookup(ids: rounds.map(\.id.rawValue), names: rounds.map(\.name))
            judgeLookup = NameLookup(
                ids: competition.judges.map(\.id.rawValue), names: competition.judges.map(\.name))
            criterionLookup = rounds.map {
                NameLookup(ids: $0.criteria.map(\.id.rawValue), names: $0.criteria.map(\.name))
            }
            tradeIndex = Dictionary(
                uniqueKeysWithValues: competition.trades.enumerated().map { ($1.id.rawValue, $0) })
            var unitIndex: [String: Int] = [:]
            judgeUnit = competition.judges.map { judge in
                let unit = UnitKey.of(judge.unit ?? "")
                guard !unit.isEmpty else { return nil }
                if let index = unitIndex[unit] { return index }
                unitIndex[unit] = unitIndex.count
                return unitIndex.count - 1
            }
            self.unitIndex = unitIndex
        }

        /// The judges' unit (`unitIndex`) a competitor's unit is, nil for none.
        func unitAt(of unit: String) -> Int? {
            if let known = competitorUnits.withLock({ $0[unit] }) { return known }
            let index = unit.isEmpty ? nil : unitIndex[UnitKey.of(unit)]
            // A venue has a few hundred units; a roster of distinct ones stops being remembered.
            competitorUnits.withLock { units in if units.count < 100_000 { units[unit] = index } }
            return index
        }
    }

    /// A checked mark: positions in the competition's rounds, judges and the round's criteria,
    /// so a batch import moves integers rather than copies of rounds and judges.
    struct ResolvedMark: Sendable {
        let entrant: Entrant
        let roundAt: Int
        let judgeAt: Int
        let criterionAt: Int?
        let value: Points
        let definitions: Definitions

        var round: Round { definitions.competition.rounds[roundAt] }
        var judge: Judge { definitions.competition.judges[judgeAt] }
        var criterion: Criterion? { criterionAt.map { round.criteria[$0] } }
        var roundID: RoundID { definitions.roundIDs[roundAt] }
        var isDoubleEntry: Bool { definitions.doubleEntry[roundAt] }
    }

    let definitions: Definitions
    var competition: Competition { definitions.competition }
    private let context: EntryContext
    /// Whatever a row needs was read up front, so rows may be checked away from the database.
    var readAhead: Bool { context.whole }
    private let padded = PaddedNumbers()
    /// Panels and recusal; only marks need it.
    private let gate: MarkGate?
    /// The previous row's competitor, round and judge as written, and what they resolved to:
    /// a sheet gives one judge's criteria for one competitor on consecutive rows, and those
    /// rows share every check but the criterion and the value.
    /// (Separate fields: comparing them in place copies nothing.)
    private var previousNumber = ""
    private var previousRound = ""
    private var previousJudge = ""
    private var previous: ResolvedMark?

    /// `rows`: how many rows the entry has, or at least `EntryContext.wholeFrom` for a large
    /// file; it decides whether the roster is read up front. `forMarks: false` (times) skips
    /// the judge counts and the gate, which only marks need.
    init(_ db: Database, rows: Int, forMarks: Bool = true) throws {
        try self.init(db, definitions: Definitions(try ScoreDatabase.competition(db)), rows: rows, forMarks: forMarks)
    }

    /// With the definition already read in this transaction (`DefinitionCache`).
    init(_ db: Database, definitions: Definitions, rows: Int, forMarks: Bool = true) throws {
        self.definitions = definitions
        context = try EntryContext(
            db, definitions: definitions, whole: rows >= EntryContext.wholeFrom, countingJudges: forMarks)
        gate = forMarks ? try MarkGate(db, definitions: definitions) : nil
    }

    func entrant(_ number: String, line: Int) throws -> Entrant {
        let trimmed = number.trimmingSpaces
        if let found = try entrant(trimmed) { return found }
        // 全角 digits and spaces, as a Chinese input method types them.
        let ascii = number.compatibilityForm.trimmingSpaces
        guard !ascii.isEmpty else {
            throw Refusal.row(.missingField, line: line, field: .number, value: number)
        }
        if ascii != trimmed, let found = try entrant(ascii) { return found }
        let padded = try padded.matches(ascii) { try context.numbers() }
        throw Refusal.row(
            .unknownCompetitor, line: line, field: .number, value: number,
            padded.isEmpty ? [:] : ["suggestions": padded.joined(separator: " or ")])
    }

    func entrant(_ number: String) throws -> Entrant? {
        try context.entrant(number)
    }

    func round(_ id: String, line: Int) throws -> Round {
        competition.rounds[try roundPosition(id, line: line)]
    }

    /// The round's index in competition order, looked up once per row.
    private func roundPosition(_ id: String, line: Int) throws -> Int {
        if let index = definitions.roundIndex[id.trimmingSpaces] { return index }
        return try definitions.roundLookup.position(of: id, unknown: .unknownRound, line: line, field: .round)
    }

    /// Resolves and checks one mark, and counts its judge.
    mutating func mark(_ row: MarkRow) throws -> ResolvedMark {
        if previous != nil, previousNumber == row.number, previousRound == row.round, previousJudge == row.judge {
            // Same competitor, round and judge: resolved, gated and counted already.
            let mark = previous!
            let criterionAt = try criterion(row, of: mark.roundAt)
            return ResolvedMark(
                entrant: mark.entrant, roundAt: mark.roundAt, judgeAt: mark.judgeAt, criterionAt: criterionAt,
                value: try value(row, of: mark.roundAt, criterionAt), definitions: definitions)
        }
        let entrant = try entrant(row.number, line: row.line)
        let roundAt = try roundPosition(row.round, line: row.line)
        let judgeAt = try judgePosition(row)
        let criterionAt = try criterion(row, of: roundAt)
        let value = try value(row, of: roundAt, criterionAt)
        // After the form checks: a malformed row is bad input, not a refusal worth recording.
        try gate?.check(entrant, round: roundAt, judge: judgeAt, row)
        try count(judgeAt, for: entrant, at: roundAt, row)
        let mark = ResolvedMark(
            entrant: entrant, roundAt: roundAt, judgeAt: judgeAt, criterionAt: criterionAt, value: value,
            definitions: definitions)
        (previousNumber, previousRound, previousJudge, previous) = (row.number, row.round, row.judge, mark)
        return mark
    }

    /// Whether `judge` may give `entrant` a mark in the round at `roundAt` now, by the checks
    /// `mark` makes after the form (panel, recusal, the round's number of judges), counting
    /// nothing: a judge's sheet lists exactly whom the entry would take. Throws the refusal.
    func mayMark(_ entrant: Entrant, round roundAt: Int, judge judgeAt: Int) throws {
        let row = MarkRow(
            line: 0, number: entrant.number, round: definitions.roundIDs[roundAt].rawValue,
            judge: competition.judges[judgeAt].id.rawValue, score: "", criterion: "")
        try gate?.check(entrant, round: roundAt, judge: judgeAt, row)
        _ = try isNewJudge(judgeAt, for: entrant, at: roundAt, row)
    }

    private func judgePosition(_ row: MarkRow) throws -> Int {
        if let index = definitions.judgeIndex[row.judge.trimmingSpaces] { return index }
        return try definitions.judgeLookup.position(
            of: row.judge, unknown: .unknownJudge, line: row.line, field: .judge)
    }

    private func value(_ row: MarkRow, of roundAt: Int, _ criterionAt: Int?) throws -> Points {
        let max = criterionAt.map { definitions.criterionMax[roundAt][$0] } ?? definitions.roundMax[roundAt]
        do {
            return try Points(parsingMark: row.score, max: max)
        } catch {
            // 全角 digits and decimal point (６９．５) read as ASCII; anything else stays refused.
            let ascii = row.score.compatibilityForm
            guard ascii != row.score else { throw Self.refusal(error, row) }
            do {
                return try Points(parsingMark: ascii, max: max)
            } catch {
                throw Self.refusal(error, row)
            }
        }
    }

    /// A mark the rules refuse, at its row's score.
    private static func refusal(_ error: any Error, _ row: MarkRow) -> Refusal {
        var refusal = (error as? MarkError).map { Refusal($0) } ?? Refusal(.notANumber)
        refusal.place = .row(file: "", line: row.line, column: nil, field: .score)
        refusal.values["value"] = row.score
        return refusal
    }

    /// The criterion's position in the round's criteria; nil for a round without criteria.
    private func criterion(_ row: MarkRow, of roundAt: Int) throws -> Int? {
        let id = row.criterion.trimmingSpaces
        let criteria = definitions.criterionIDs[roundAt]
        // Only for messages: not worth building for every valid row.
        var ids: String { criteria.listed }
        var round: RoundID { definitions.roundIDs[roundAt] }
        if criteria.isEmpty {
            guard id.isEmpty else {
                throw Refusal.row(
                    .noCriteria, line: row.line, field: .criterion, value: row.criterion, ["round": round.rawValue])
            }
            return nil
        }
        guard !id.isEmpty else {
            throw Refusal.row(
                .criterionRequired, line: row.line, field: .criterion, value: row.criterion,
                ["round": round.rawValue, "known": ids])
        }
        if let criterion = criteria.firstIndex(of: id) { return criterion }
        let lookup = definitions.criterionLookup[roundAt]
        switch lookup.find(id) {
        case .at(let criterion): return criterion
        case .ambiguous(let matches):
            throw Refusal.row(
                .ambiguousCriterion, line: row.line, field: .criterion, value: row.criterion,
                ["round": round.rawValue, "count": String(matches.count), "matches": matches.joined(separator: ", ")])
        case .none:
            throw Refusal.row(
                .unknownCriterion, line: row.line, field: .criterion, value: row.criterion,
                ["round": round.rawValue, "known": lookup.listed])
        }
    }

    private func count(_ judge: Int, for entrant: Entrant, at index: Int, _ row: MarkRow) throws {
        if try isNewJudge(judge, for: entrant, at: index, row) { context.count(judge, of: entrant, at: index) }
    }

    /// Refuses an (n+1)-th judge of a round with a limit; true when `judge` is one more to count.
    private func isNewJudge(_ judge: Int, for entrant: Entrant, at index: Int, _ row: MarkRow) throws -> Bool {
        guard let limit = definitions.maximumMarks[index] else { return false }
        let judges = try context.judges(of: entrant, at: index)
        guard !judges.contains(judge) else { return false }
        guard judges.count < limit else {
            let names = judges.members.map { competition.judges[$0].id.rawValue }.joined(separator: ", ")
            throw Refusal.row(
                .tooManyJudges, line: row.line, field: .judge, value: row.judge,
                [
                    "round": definitions.roundIDs[index].rawValue, "limit": String(limit), "s": limit == 1 ? "" : "s",
                    "number": row.number.trimmingSpaces, "judges": names,
                ])
        }
        return true
    }
}
