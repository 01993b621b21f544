import GRDB
import ScoringCore

/// Checks marks and times against the competition and roster before they are stored,
/// and counts judges per competitor and round so an (n+1)-th judge is refused at entry.
struct EntryValidator {
    struct Entrant {
        let id: Int64
        let name: String
        let unit: String
        let status: Competitor.Status
    }

    struct ResolvedMark {
        let entrant: Entrant
        let round: Round
        let judge: Judge
        let criterion: Criterion?
        let value: Points
    }

    let competition: Competition
    private let db: Database
    /// Every competitor and every judge count read up front (a batch import), or one at a
    /// time from the database (a single typed mark, which must stay instant however large
    /// the competition).
    private let preloaded: Bool
    private let entrants: [String: Entrant]
    private let roundIndex: [String: Int]
    private let judgeIndex: [String: Int]
    /// Distinct judges so far (indices into `competition.judges`), per competitor and round
    /// with a limit on judges, keyed by `judgesKey`.
    private var judgesSeen: [Int64: [Int]] = [:]
    /// Panels and recusal; only marks need it.
    private let gate: MarkGate?

    /// `forMarks: false` (times) skips reading the judge counts, which only marks need.
    init(_ db: Database, preloading: Bool = true, forMarks: Bool = true) throws {
        self.db = db
        preloaded = preloading
        competition = try ScoreDatabase.competition(db)
        var entrants: [String: Entrant] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, number, name, unit, status FROM competitor" + (preloading ? "" : " WHERE 0"))
        while let row = try rows.next() {
            entrants[row["number"]] = Self.entrant(row)
        }
        self.entrants = entrants
        roundIndex = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id.rawValue, $0) })
        judgeIndex = Dictionary(uniqueKeysWithValues: competition.judges.enumerated().map { ($1.id.rawValue, $0) })
        gate = forMarks ? try MarkGate(db, competition: competition, preloading: preloading) : nil
        if preloading, forMarks, competition.rounds.contains(where: { $0.maximumMarks != nil }) {
            let seen = try Row.fetchCursor(db, sql: "SELECT DISTINCT competitor_id, round_id, judge_id FROM mark")
            while let row = try seen.next() {
                guard let round = roundIndex[row["round_id"]], let judge = judgeIndex[row["judge_id"]] else { continue }
                judgesSeen[judgesKey(row["competitor_id"], round), default: []].append(judge)
            }
        }
    }

    func entrant(_ number: String, line: Int) throws -> Entrant {
        let trimmed = number.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw EntryRefusal(line: line, field: "number", value: number, problem: "a competitor number is required")
        }
        let found =
            preloaded
            ? entrants[trimmed]
            : try Row.fetchOne(
                db, sql: "SELECT id, name, unit, status FROM competitor WHERE number = ?", arguments: [trimmed]
            ).map(Self.entrant)
        guard let entrant = found else {
            throw EntryRefusal(line: line, field: "number", value: number, problem: "no competitor has this number")
        }
        return entrant
    }

    private static func entrant(_ row: Row) -> Entrant {
        Entrant(
            id: row["id"], name: row["name"], unit: row["unit"],
            status: Competitor.Status(rawValue: row["status"]) ?? .active)
    }

    func round(_ id: String, line: Int) throws -> Round {
        competition.rounds[try roundPosition(id, line: line)]
    }

    /// The round's index in competition order, looked up once per row.
    private func roundPosition(_ id: String, line: Int) throws -> Int {
        guard let index = roundIndex[id.trimmingSpaces] else {
            throw EntryRefusal(
                line: line, field: "round", value: id,
                problem: "no round has this id; rounds are \(competition.rounds.map(\.id.rawValue).listed)")
        }
        return index
    }

    /// Resolves and checks one mark, and counts its judge.
    mutating func mark(_ row: MarkRow) throws -> ResolvedMark {
        let entrant = try entrant(row.number, line: row.line)
        let roundAt = try roundPosition(row.round, line: row.line)
        let round = competition.rounds[roundAt]
        guard let judgeAt = judgeIndex[row.judge.trimmingSpaces] else {
            throw EntryRefusal(
                line: row.line, field: "judge", value: row.judge,
                problem: "no judge has this id; judges are \(competition.judges.map(\.id.rawValue).listed)")
        }
        let criterion = try criterion(row, of: round)
        let value: Points
        do {
            value = try Points(parsingMark: row.score, max: criterion?.max ?? round.max)
        } catch {
            throw EntryRefusal(line: row.line, field: "score", value: row.score, problem: error.description)
        }
        // After the form checks: a malformed row is bad input, not a refusal worth recording.
        if let gate {
            try gate.check(competitor: entrant.id, round: roundAt, judge: judgeAt, row)
        }
        try count(judgeAt, for: entrant, in: round, row)
        return ResolvedMark(
            entrant: entrant, round: round, judge: competition.judges[judgeAt], criterion: criterion, value: value
        )
    }

    private func criterion(_ row: MarkRow, of round: Round) throws -> Criterion? {
        let id = row.criterion.trimmingSpaces
        // Only for messages: not worth building for every valid row.
        var ids: String { round.criteria.map(\.id.rawValue).listed }
        if round.criteria.isEmpty {
            guard id.isEmpty else {
                throw EntryRefusal(
                    line: row.line, field: "criterion", value: row.criterion,
                    problem: "round \(round.id) has no criteria: leave criterion empty")
            }
            return nil
        }
        guard !id.isEmpty else {
            throw EntryRefusal(
                line: row.line, field: "criterion", value: row.criterion,
                problem: "round \(round.id) is marked by criterion: give one of \(ids)")
        }
        guard let criterion = round.criterion(CriterionID(id)) else {
            throw EntryRefusal(
                line: row.line, field: "criterion", value: row.criterion,
                problem: "round \(round.id) has no criterion with this id; its criteria are \(ids)")
        }
        return criterion
    }

    /// One integer key per (competitor, round): one hash lookup per row, no nested tables.
    private func judgesKey(_ competitor: Int64, _ round: Int) -> Int64 {
        competitor &* Int64(competition.rounds.count) &+ Int64(round)
    }

    private mutating func count(_ judge: Int, for entrant: Entrant, in round: Round, _ row: MarkRow) throws {
        guard let limit = round.maximumMarks, let index = roundIndex[round.id.rawValue] else { return }
        let key = judgesKey(entrant.id, index)
        var slot = judgesSeen.index(forKey: key)
        if slot == nil {
            judgesSeen[key] = try judgesStored(for: entrant, in: round)
            slot = judgesSeen.index(forKey: key)
        }
        let judges = judgesSeen.values[slot!]
        guard !judges.contains(judge) else { return }
        guard judges.count < limit else {
            let names = judges.sorted().map { competition.judges[$0].id.rawValue }.joined(separator: ", ")
            throw EntryRefusal(
                line: row.line, field: "judge", value: row.judge,
                problem:
                    "round \(round.id) takes \(limit) judge\(limit == 1 ? "" : "s") per competitor and competitor \(row.number.trimmingSpaces) already has marks from \(names)"
            )
        }
        // Appended in place: a copy out and back would copy the array on every row.
        judgesSeen.values[slot!].append(judge)
    }

    /// The judges with marks already stored, when they were not read up front.
    private func judgesStored(for entrant: Entrant, in round: Round) throws -> [Int] {
        guard !preloaded else { return [] }
        return try String.fetchAll(
            db, sql: "SELECT DISTINCT judge_id FROM mark WHERE competitor_id = ? AND round_id = ?",
            arguments: [entrant.id, round.id.rawValue]
        ).compactMap { judgeIndex[$0] }
    }
}
