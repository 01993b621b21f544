import GRDB
import Messages
import ScoringCore
import StoreValues

/// Notes, row by row, the marks that may not count: one status test and one array lookup per
/// row; whether a competitor was admitted is asked once, after the last row, and only for
/// rounds with `qualify`.
struct IgnoredMarksTally {
    private struct Key: Hashable {
        let competitor: Int64
        let roundAt: Int
    }

    private let qualifies: [Bool]
    private var counts: [Key: (number: String, status: Competitor.Status, marks: Int)] = [:]

    init(_ competition: Competition) {
        qualifies = competition.rounds.map { $0.qualify != nil }
    }

    mutating func note(_ mark: EntryValidator.ResolvedMark) {
        let entrant = mark.entrant
        guard entrant.status != .active || qualifies[mark.roundAt] else { return }
        counts[Key(competitor: entrant.id, roundAt: mark.roundAt), default: (entrant.number, entrant.status, 0)]
            .marks += 1
    }

    /// The marks that will not count, as the database stands (inside the import's transaction).
    func ignored(_ competition: Competition, _ db: Database) throws -> IgnoredMarks {
        var groups: [String: (round: RoundID, reason: IgnoredMarks.Reason, list: [(CompetitorNumber, Int)])] = [:]
        var admissions: [String: TradeAdmission] = [:]
        func add(_ round: RoundID, _ reason: IgnoredMarks.Reason, _ number: String, _ marks: Int) {
            let key = "\(round.rawValue)\u{0}\(reason)"
            groups[key, default: (round, reason, [])].list.append((CompetitorNumber(number), marks))
        }
        for (key, entry) in counts {
            let round = competition.rounds[key.roundAt].id
            if entry.status != .active {
                add(round, .notActive(entry.status), entry.number, entry.marks)
                continue
            }
            guard
                let trade = try String.fetchOne(
                    db, sql: "SELECT trade_id FROM competitor WHERE id = ?", arguments: [key.competitor])
            else { continue }
            if admissions[trade] == nil {
                admissions[trade] = try ScoreDatabase.admission(TradeID(trade), of: competition, db)
            }
            if admissions[trade]?.admits(CompetitorNumber(entry.number), to: round) == false {
                add(round, .notAdmitted, entry.number, entry.marks)
            }
        }
        let roundOrder = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id, $0) })
        var ignored = IgnoredMarks()
        ignored.groups = groups.values.sorted {
            roundOrder[$0.round]! != roundOrder[$1.round]!
                ? roundOrder[$0.round]! < roundOrder[$1.round]! : "\($0.reason)" < "\($1.reason)"
        }.map { group in
            IgnoredMarks.Group(
                round: group.round, reason: group.reason,
                competitors: group.list.sorted { $0.0 < $1.0 }.map { ($0.0, $0.1) })
        }
        return ignored
    }
}
