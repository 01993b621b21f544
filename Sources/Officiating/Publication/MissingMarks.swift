public import Messages
import ScoreStore
public import ScoringCore

/// The missing marks that keep trades from a final sheet, as lines: per trade a count, then the
/// first `limit` problems.
public enum MissingMarks {
    public static func lines(_ blocked: [TradeResults], limit: Int = 40, in language: Language) -> String {
        let problems = blocked.flatMap { trade in trade.problems.map { (trade.trade, $0) } }
        var lines: [String] = []
        for trade in blocked {
            lines.append(
                Phrase.tradeProblems.text(
                    in: language,
                    [
                        "trade": trade.trade.name, "id": "\(trade.trade.id)", "count": "\(trade.problems.count)",
                    ]))
        }
        lines += problems.prefix(limit).map { "    \($0.0.id): \($0.1.text(in: language))" }
        if problems.count > limit {
            lines.append(Phrase.exportMoreProblems.text(in: language, ["count": "\(problems.count - limit)"]))
        }
        return lines.joined(separator: "\n")
    }
}
