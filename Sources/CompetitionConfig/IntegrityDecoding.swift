import Messages
import ScoringCore
import Yams

/// The judging-integrity key `panels:` at the top (a round's `double_entry:` is read with the round).
extension Reader {
    func panels(_ node: Node) throws(Refusal) -> [Panel] {
        var panels: [Panel] = []
        for item in try items(node, path: "panels", expected: .panelList) {
            let fields = try Fields(
                item.node, path: item.path, allowed: ["trade", "round", "judges"],
                expected: .panel, reader: self)
            let trade = try fields.text("trade", required: .panelTrade)
            let round = try fields.text("round", required: .panelRound)
            var judges: [JudgeID] = []
            for judge in try items(
                fields.required("judges", .panelJudges), path: fields.keyPath("judges"), expected: .judgeIDList)
            {
                judges.append(JudgeID(try text(judge.node, path: judge.path)))
            }
            panels.append(Panel(trade: TradeID(trade), round: RoundID(round), judges: judges))
        }
        return panels
    }
}
