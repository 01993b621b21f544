import ScoreStore
public import ScoringCore

/// What one judge may mark: per trade and round of the judge's panels, exactly the competitors
/// whose mark by this judge `JudgeMarkEntry` would take now (active, admitted, not recused, the
/// round's judges not yet full without this one), with the judge's own marks.
public struct JudgeSheet: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public let trade: Trade
        public let round: Round
        public let locked: Bool
        public let competitors: [Line]
    }

    public struct Line: Sendable, Equatable {
        public let competitor: Competitor
        /// This judge's own marks only, by criterion (nil for a round without criteria).
        public let marks: [(criterion: CriterionID?, value: Points)]

        public static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.competitor == rhs.competitor && lhs.marks.map(\.criterion) == rhs.marks.map(\.criterion)
                && lhs.marks.map(\.value) == rhs.marks.map(\.value)
        }
    }

    public let items: [Item]

    public static func read(for judge: JudgeID, in venue: Venue) throws -> JudgeSheet {
        let store = venue.store
        let work = try store.judgeWork(judge)
        let competition = work.competition
        let locks = Set(try store.roundLocks().map { "\($0.trade)\u{1F}\($0.round)" })
        var own: [CompetitorNumber: [Mark]] = [:]
        for mark in work.marks { own[mark.number, default: []].append(mark) }
        var items: [Item] = []
        for trade in competition.trades {
            let admission = work.admissions.first { $0.trade.id == trade.id }
            for round in competition.rounds where !round.doubleEntry {
                if !competition.panels.isEmpty {
                    guard competition.panel(trade: trade.id, round: round.id)?.judges.contains(judge) == true else {
                        continue
                    }
                }
                let open = work.open[round.id] ?? []
                let lines = work.competitors.filter { competitor in
                    competitor.trade == trade.id && open.contains(competitor.number)
                        && TabletMarkRule.allows(competitor, in: round, admission: admission)
                }.map { competitor in
                    let marks = (own[competitor.number] ?? []).filter { $0.round == round.id }
                    return Line(competitor: competitor, marks: marks.map { ($0.criterion, $0.value) })
                }
                items.append(
                    Item(
                        trade: trade, round: round, locked: locks.contains("\(trade.id)\u{1F}\(round.id)"),
                        competitors: lines))
            }
        }
        return JudgeSheet(items: items)
    }
}
