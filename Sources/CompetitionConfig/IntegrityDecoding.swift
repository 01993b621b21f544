import ScoringCore
import Yams

/// The judging-integrity key `panels:` at the top (a round's `double_entry:` is read with the round).
extension Reader {
    func panels(_ node: Node) throws(CompetitionFileError) -> [Panel] {
        var panels: [Panel] = []
        for item in try items(
            node, path: "panels", expected: "a list of panels, each { trade, round, judges: [judge ids] }")
        {
            let fields = try Fields(
                item.node, path: item.path, allowed: ["trade", "round", "judges"],
                expected: "a panel: { trade, round, judges: [judge ids] }", reader: self)
            let trade = try fields.text("trade", required: "a panel needs the trade it marks")
            let round = try fields.text("round", required: "a panel needs the round it marks")
            var judges: [JudgeID] = []
            for judge in try items(
                fields.required("judges", "a panel needs its judges, e.g. judges: [J1, J2, J3]"),
                path: fields.keyPath("judges"), expected: "a list of judge ids, e.g. [J1, J2, J3]")
            {
                judges.append(JudgeID(try text(judge.node, path: judge.path)))
            }
            panels.append(Panel(trade: TradeID(trade), round: RoundID(round), judges: judges))
        }
        return panels
    }
}
