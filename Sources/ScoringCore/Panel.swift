/// The judges who mark one trade in one round (评委组). When a competition declares
/// panels, a mark from any other judge is refused.
public struct Panel: Equatable, Sendable {
    public var trade: TradeID
    public var round: RoundID
    public var judges: [JudgeID]

    public init(trade: TradeID, round: RoundID, judges: [JudgeID]) {
        self.trade = trade
        self.round = round
        self.judges = judges
    }
}

extension Competition {
    /// The panel for a trade and round; nil when none is declared.
    public func panel(trade: TradeID, round: RoundID) -> Panel? {
        panels.first { $0.trade == trade && $0.round == round }
    }

    /// Panels name known trades, rounds and judges, each (trade, round) once, with at
    /// least as many judges as the round takes. When any panel is declared, every trade
    /// and round needs one: a gap is far more likely an oversight than a round open to all.
    func checkPanels() throws(CompetitionError) {
        guard !panels.isEmpty else { return }
        var seen: [String: Int] = [:]
        for (index, panel) in panels.enumerated() {
            let path = "panels[\(index)]"
            guard trade(panel.trade) != nil else {
                throw CompetitionError(
                    path: "\(path).trade", value: "\"\(panel.trade)\"",
                    problem: .unknownTrade(panel.trade, known: trades.map(\.id)))
            }
            guard let round = round(panel.round) else {
                throw CompetitionError(
                    path: "\(path).round", value: "\"\(panel.round)\"",
                    problem: .unknownRound(panel.round, known: rounds.map(\.id)))
            }
            let key = "\(panel.trade.rawValue)\u{0}\(panel.round.rawValue)"
            if let first = seen[key] {
                throw CompetitionError(
                    path: path, value: "\(panel.trade) / \(panel.round)",
                    problem: .panelRepeats(first: "panels[\(first)]"))
            }
            seen[key] = index
            guard !panel.judges.isEmpty else {
                throw CompetitionError(path: "\(path).judges", value: "[]", problem: .panelWithoutJudges)
            }
            var members: Set<JudgeID> = []
            for (judgeIndex, judge) in panel.judges.enumerated() {
                guard self.judge(judge) != nil else {
                    throw CompetitionError(
                        path: "\(path).judges[\(judgeIndex)]", value: "\"\(judge)\"",
                        problem: .unknownJudge(judge, known: judges.map(\.id)))
                }
                guard members.insert(judge).inserted else {
                    throw CompetitionError(
                        path: "\(path).judges[\(judgeIndex)]", value: "\"\(judge)\"",
                        problem: .judgeTwiceInPanel)
                }
            }
            if let needed = round.judges, panel.judges.count < needed {
                throw CompetitionError(
                    path: "\(path).judges", value: panel.judges.map(\.rawValue).joined(separator: ", "),
                    problem: .panelTooSmall(round: round.id, needed: needed, named: panel.judges.count))
            }
        }
        for trade in trades {
            for round in rounds where seen["\(trade.id.rawValue)\u{0}\(round.id.rawValue)"] == nil {
                throw CompetitionError(
                    path: "panels", value: "\(trade.id) / \(round.id)",
                    problem: .noPanel(trade: trade.id, round: round.id))
            }
        }
    }
}
