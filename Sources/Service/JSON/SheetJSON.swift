import Officiating
import ScoringCore

/// `GET /api/v1/sheet`: what the signed-in judge may mark, with their own marks only.
enum SheetJSON {
    static func object(_ sheet: JudgeSheet) -> [String: Any] {
        [
            "items": sheet.items.map { item in
                [
                    "trade": ["id": item.trade.id.rawValue, "name": item.trade.name],
                    "round": [
                        "id": item.round.id.rawValue, "name": item.round.name, "max": item.round.max.description,
                        "locked": item.locked,
                    ] as [String: Any],
                    "criteria": item.round.criteria.map {
                        ["id": $0.id.rawValue, "name": $0.name, "max": $0.max.description]
                    },
                    "competitors": item.competitors.map { line in
                        [
                            "number": line.competitor.number.rawValue, "name": line.competitor.name,
                            "marks": line.marks.map {
                                ["criterion": ($0.criterion?.rawValue).orNull as Any, "score": $0.value.description]
                            },
                        ] as [String: Any]
                    },
                ] as [String: Any]
            }
        ]
    }
}
