import GRDB
import Messages
import ScoringCore

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

        init(id: Int64, number: String, name: String, unit: String, status: Competitor.Status) {
            self.id = id
            self.number = number
            self.name = name
            self.unit = unit
            self.status = status
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
    private let db: Database
    /// Every competitor and every judge count read up front (a batch import), or one at a
    /// time from the database (a single typed mark, which must stay instant however large
    /// the competition).
    private let preloaded: Bool
    private let entrants: [String: Entrant]
    private let padded = PaddedNumbers()
    /// Distinct judges so far (indices into `competition.judges`), per competitor and round
    /// with a limit on judges, keyed by `judgesKey`.
    private var judgesSeen: [Int64: JudgeSet] = [:]
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

    /// `forMarks: false` (times) skips reading the judge counts, which only marks need.
    init(_ db: Database, preloading: Bool = true, forMarks: Bool = true) throws {
        self.db = db
        preloaded = preloading
        let competition = try ScoreDatabase.competition(db)
        definitions = Definitions(competition)
        var entrants: [String: Entrant] = [:]
        if preloading {
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.entrantColumns) FROM competitor")
            while let row = try rows.next() {
                let entrant = Self.entrant(row)
                entrants[entrant.number] = entrant
            }
        }
        self.entrants = entrants
        gate = forMarks ? try MarkGate(db, competition: competition, preloading: preloading) : nil
        if preloading, forMarks, competition.rounds.contains(where: { $0.maximumMarks != nil }) {
            let seen = try Row.fetchCursor(db, sql: "SELECT DISTINCT competitor_id, round_id, judge_id FROM mark")
            while let row = try seen.next() {
                guard let round = definitions.roundIndex[row[1]], let judge = definitions.judgeIndex[row[2]] else {
                    continue
                }
                judgesSeen[judgesKey(row[0], round), default: JudgeSet()].insert(judge)
            }
        }
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
        let padded = try padded.matches(ascii) {
            preloaded
                ? Array(entrants.keys)
                : try String.fetchAll(db, sql: "SELECT number FROM competitor")
        }
        throw Refusal.row(
            .unknownCompetitor, line: line, field: .number, value: number,
            padded.isEmpty ? [:] : ["suggestions": padded.joined(separator: " or ")])
    }

    private func entrant(_ number: String) throws -> Entrant? {
        guard !number.isEmpty else { return nil }
        return preloaded
            ? entrants[number]
            : try Row.fetchOne(
                db, sql: "SELECT \(Self.entrantColumns) FROM competitor WHERE number = ?", arguments: [number]
            ).map(Self.entrant)
    }

    /// Read by position: a name lookup per column cost more than the row (100 000 competitors).
    private static let entrantColumns = "id, number, name, unit, status"

    private static func entrant(_ row: Row) -> Entrant {
        Entrant(
            id: row[0], number: row[1], name: row[2], unit: row[3],
            status: Competitor.Status(rawValue: row[4]) ?? .active)
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

    /// One integer key per (competitor, round): one hash lookup per row, no nested tables.
    private func judgesKey(_ competitor: Int64, _ round: Int) -> Int64 {
        competitor &* Int64(definitions.roundIDs.count) &+ Int64(round)
    }

    private mutating func count(_ judge: Int, for entrant: Entrant, at index: Int, _ row: MarkRow) throws {
        guard let limit = definitions.maximumMarks[index] else { return }
        let key = judgesKey(entrant.id, index)
        var slot = judgesSeen.index(forKey: key)
        if slot == nil {
            judgesSeen[key] = try judgesStored(for: entrant, in: definitions.roundIDs[index])
            slot = judgesSeen.index(forKey: key)
        }
        let judges = judgesSeen.values[slot!]
        guard !judges.contains(judge) else { return }
        guard judges.count < limit else {
            let names = judges.members.map { competition.judges[$0].id.rawValue }.joined(separator: ", ")
            throw Refusal.row(
                .tooManyJudges, line: row.line, field: .judge, value: row.judge,
                [
                    "round": definitions.roundIDs[index].rawValue, "limit": String(limit), "s": limit == 1 ? "" : "s",
                    "number": row.number.trimmingSpaces, "judges": names,
                ])
        }
        // Changed in place: a copy out and back would copy the set on every row.
        judgesSeen.values[slot!].insert(judge)
    }

    /// The judges with marks already stored, when they were not read up front.
    private func judgesStored(for entrant: Entrant, in round: RoundID) throws -> JudgeSet {
        var judges = JudgeSet()
        guard !preloaded else { return judges }
        try String.fetchAll(
            db, sql: "SELECT DISTINCT judge_id FROM mark WHERE competitor_id = ? AND round_id = ?",
            arguments: [entrant.id, round.rawValue]
        ).compactMap { definitions.judgeIndex[$0] }.forEach { judges.insert($0) }
        return judges
    }
}

/// Judges by position in the competition: a bit each for the first 64, so that a batch
/// import keeps one small value per competitor and round rather than an array.
struct JudgeSet {
    private var bits: UInt64 = 0
    private var beyond: [Int] = []

    var count: Int { bits.nonzeroBitCount + beyond.count }

    func contains(_ judge: Int) -> Bool {
        judge < 64 ? bits & (1 << UInt64(judge)) != 0 : beyond.contains(judge)
    }

    mutating func insert(_ judge: Int) {
        guard !contains(judge) else { return }
        if judge < 64 { bits |= 1 << UInt64(judge) } else { beyond.append(judge) }
    }

    /// In competition order.
    var members: [Int] {
        (0..<64).filter { bits & (1 << UInt64($0)) != 0 } + beyond.sorted()
    }
}
