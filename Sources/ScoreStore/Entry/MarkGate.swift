import GRDB
import Messages
import ScoringCore

/// Who may mark whom: the judge's panel for the competitor's trade and round, and
/// recusal (回避) when judge and competitor come from the same unit. The competitor's trade and
/// unit come resolved with it (`EntryValidator.Entrant`), so one row costs a few array lookups.
/// A class, so that the validator holding it is copied without copying its tables.
final class MarkGate {
    private let competition: Competition
    private let definitions: EntryValidator.Definitions
    /// `open[(trade * rounds + round) * judges + judge]`; nil when no panels are declared.
    private let open: [Bool]?
    /// The chief judge's allowances: a few rows, read whole.
    private let allowed: Set<Pair>

    private struct Pair: Hashable {
        let competitor: Int64
        let judge: Int
    }

    init(_ db: Database, definitions: EntryValidator.Definitions) throws {
        self.definitions = definitions
        let competition = definitions.competition
        self.competition = competition
        let judges = competition.judges
        if competition.panels.isEmpty {
            open = nil
        } else {
            let roundIndex = Dictionary(uniqueKeysWithValues: competition.rounds.enumerated().map { ($1.id, $0) })
            var open = [Bool](
                repeating: false, count: competition.trades.count * competition.rounds.count * judges.count)
            for panel in competition.panels {
                guard let trade = definitions.tradeIndex[panel.trade.rawValue], let round = roundIndex[panel.round]
                else { continue }
                for judge in panel.judges.compactMap({ definitions.judgeIndex[$0.rawValue] }) {
                    open[(trade * competition.rounds.count + round) * judges.count + judge] = true
                }
            }
            self.open = open
        }
        var allowed: Set<Pair> = []
        if !definitions.unitIndex.isEmpty {
            for allowance in try RecusalAllowanceRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM recusal_allowance"))
            {
                if let judge = definitions.judgeIndex[allowance.judgeID] {
                    allowed.insert(Pair(competitor: allowance.competitorID, judge: judge))
                }
            }
        }
        self.allowed = allowed
    }

    /// Refuses (with a refusal to be recorded in the audit log) a mark the judge may not give.
    func check(_ entrant: EntryValidator.Entrant, round: Int, judge: Int, _ row: MarkRow) throws {
        if let open, let trade = entrant.tradeAt,
            !open[(trade * competition.rounds.count + round) * competition.judges.count + judge]
        {
            throw outsidePanel(entrant, trade: trade, round: round, judge: judge, row)
        }
        if let unit = definitions.judgeUnit[judge], entrant.unitAt == unit,
            !allowed.contains(Pair(competitor: entrant.id, judge: judge))
        {
            throw recused(entrant, judge: judge, row)
        }
    }

    // MARK: Messages, built only for a refused row

    /// From the entrant already resolved: a batch import checks rows away from the database.
    private func competitorText(_ entrant: EntryValidator.Entrant) -> String {
        "\(entrant.number) \(entrant.name)\(entrant.unit.isEmpty ? "" : " (\(entrant.unit))")"
    }

    private func judgeText(_ judge: Int) -> String {
        let judge = competition.judges[judge]
        return "\(judge.id) \(judge.name)\(judge.unit.map { " (\($0))" } ?? "")"
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
