import Officiating
import ScoringCore

/// `GET /api/v1/board` and the `board` event: counts per round, results only once signed off.
enum BoardJSON {
    static func object(_ board: HallBoard) -> [String: Any] {
        [
            "competition": ["id": board.competitionID, "name": board.competitionName],
            "trades": board.trades.map { trade in
                [
                    "id": trade.trade.id.rawValue,
                    "name": trade.trade.name,
                    "rounds": trade.rounds.map { round in
                        [
                            "id": round.round.id.rawValue, "name": round.round.name, "entered": round.entered,
                            "expected": round.expected, "locked": round.locked,
                        ] as [String: Any]
                    },
                    "results": trade.results.map { placings in
                        placings.map { placing in
                            [
                                "rank": placing.rank, "number": placing.competitor.number.rawValue,
                                "name": placing.competitor.name, "unit": placing.competitor.unit,
                                "total": placing.total.description, "prize": (placing.prize?.name).orNull as Any,
                                "title": (placing.prize?.title).orNull as Any,
                            ] as [String: Any]
                        }
                    }.orNull,
                ] as [String: Any]
            },
        ]
    }
}
