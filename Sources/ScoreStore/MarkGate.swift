import GRDB
import Messages
import ScoringCore

/// Who may mark whom: the judge's panel for the competitor's trade and round, and
/// recusal (回避) when judge and competitor come from the same unit. Everything a batch
/// import needs is read once, as integers, so one row costs a few array and hash lookups.
/// A class, so that the validator holding it is copied without copying its tables.
final class MarkGate {
    private let competition: Competition
    private let db: Database
    private let preloaded: Bool
    /// `open[(trade * rounds + round) * judges + judge]`; nil when no panels are declared.
    private let open: [Bool]?
    private let tradeIndex: [String: Int]
    /// Each judge's unit as an index into the judges' distinct units; nil for no unit.
    private let judgeUnit: [Int?]
    private let unitIndex: [String: Int]
    /// Preloaded: each competitor's trade (with panels), and unit where it is a judge's unit.
    private var tradeOf: [Int64: Int] = [:]
    private var unitOf: [Int64: Int] = [:]
    private var allowed: Set<Pair> = []

    private struct Pair: Hashable {
        let competitor: Int64
        let judge: Int
    }

    init(_ db: Database, competition: Competition, preloading: Bool) throws {
        self.db = db
        self.competition = competition
        preloaded = preloading
        tradeIndex = Dictionary(uniqueKeysWithValues: competition.trades.enumerated().map { ($1.id.rawValue, $0) })
        let judges = competition.judges
        if competition.panels.isEmpty {
            open = nil
        } else {
            let judgeIndex = Dictionary(uniqueKeysWithValues: judges.enumerated().map { ($1.id, $0) })
            let roundIndex = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id, $0) })
            var open = [Bool](
                repeating: false, count: competition.trades.count * competition.rounds.count * judges.count)
            for panel in competition.panels {
                guard let trade = tradeIndex[panel.trade.rawValue], let round = roundIndex[panel.round] else {
                    continue
                }
                for judge in panel.judges.compactMap({ judgeIndex[$0] }) {
                    open[(trade * competition.rounds.count + round) * judges.count + judge] = true
                }
            }
            self.open = open
        }
        var unitIndex: [String: Int] = [:]
        judgeUnit = judges.map { judge in
            let unit = UnitKey.of(judge.unit)
            guard !unit.isEmpty else { return nil }
            if let index = unitIndex[unit] { return index }
            unitIndex[unit] = unitIndex.count
            return unitIndex.count - 1
        }
        self.unitIndex = unitIndex
        guard preloading else { return }
        if open != nil {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, trade_id FROM competitor")
            while let row = try rows.next() {
                tradeOf[row[0] as Int64] = tradeIndex[row[1] as String]
            }
        }
        if !unitIndex.isEmpty {
            // Compared as normalised (UnitKey), so every competitor's unit is read.
            var keys: [String: Int?] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, unit FROM competitor WHERE unit <> ''")
            while let row = try rows.next() {
                let unit: String = row[1]
                let index: Int?
                if let known = keys[unit] {
                    index = known
                } else {
                    index = unitIndex[UnitKey.of(unit)]
                    keys[unit] = index
                }
                if let index { unitOf[row[0] as Int64] = index }
            }
            let judgeIndex = Dictionary(uniqueKeysWithValues: judges.enumerated().map { ($1.id.rawValue, $0) })
            for row in try Row.fetchAll(db, sql: "SELECT competitor_id, judge_id FROM recusal_allowance") {
                if let judge = judgeIndex[row[1] as String] { allowed.insert(Pair(competitor: row[0], judge: judge)) }
            }
        }
    }

    /// Refuses (with a refusal to be recorded in the audit log) a mark the judge may not give.
    func check(_ entrant: EntryValidator.Entrant, round: Int, judge: Int, _ row: MarkRow) throws {
        let competitor = entrant.id
        if let open {
            let trade = try preloaded ? tradeOf[competitor] : storedTrade(of: competitor)
            if let trade, !open[(trade * competition.rounds.count + round) * competition.judges.count + judge] {
                throw outsidePanel(entrant, trade: trade, round: round, judge: judge, row)
            }
        }
        if let unit = judgeUnit[judge] {
            let same = try preloaded ? unitOf[competitor] == unit : storedUnit(of: competitor) == unit
            if same, try !isAllowed(competitor: competitor, judge: judge) {
                throw recused(entrant, judge: judge, row)
            }
        }
    }

    private func storedTrade(of competitor: Int64) throws -> Int? {
        try String.fetchOne(db, sql: "SELECT trade_id FROM competitor WHERE id = ?", arguments: [competitor])
            .flatMap { tradeIndex[$0] }
    }

    private func storedUnit(of competitor: Int64) throws -> Int? {
        try String.fetchOne(db, sql: "SELECT unit FROM competitor WHERE id = ?", arguments: [competitor])
            .flatMap { unitIndex[UnitKey.of($0)] }
    }

    private func isAllowed(competitor: Int64, judge: Int) throws -> Bool {
        if preloaded { return allowed.contains(Pair(competitor: competitor, judge: judge)) }
        return try Bool.fetchOne(
            db, sql: "SELECT 1 FROM recusal_allowance WHERE competitor_id = ? AND judge_id = ?",
            arguments: [competitor, competition.judges[judge].id.rawValue]) ?? false
    }

    // MARK: Messages, built only for a refused row

    /// From the entrant already resolved: a batch import checks rows away from the database.
    private func competitorText(_ entrant: EntryValidator.Entrant) -> String {
        "\(entrant.number) \(entrant.name)\(entrant.unit.isEmpty ? "" : " (\(entrant.unit))")"
    }

    private func judgeText(_ judge: Int) -> String {
        let judge = competition.judges[judge]
        return "\(judge.id) \(judge.name)\(judge.unit.isEmpty ? "" : " (\(judge.unit))")"
    }

    private func outsidePanel(_ entrant: EntryValidator.Entrant, trade: Int, round: Int, judge: Int, _ row: MarkRow)
        -> Refusal
    {
        let trade = competition.trades[trade].id
        let round = competition.rounds[round].id
        let members = competition.panel(trade: trade, round: round)?.judges.map(\.rawValue).joined(separator: ", ")
        return Refusal.row(
            .notInPanel, line: row.line, field: .judge, value: row.judge,
            [
                "judge": judgeText(judge), "trade": trade.rawValue, "round": round.rawValue, "panel": members ?? "none",
                "competitor": competitorText(entrant),
            ],
            audited: "refusal.panel")
    }

    private func recused(_ entrant: EntryValidator.Entrant, judge: Int, _ row: MarkRow) -> Refusal {
        Refusal.row(
            .recused, line: row.line, field: .judge, value: row.judge,
            ["judge": judgeText(judge), "competitor": competitorText(entrant)], audited: "refusal.recusal")
    }
}
