import Officiating
import ScoringCore

/// `PUT /api/v1/marks`'s answer: the mark as stored and the judge's earlier value.
enum MarkJSON {
    static func object(_ mark: OwnMark) -> [String: Any] {
        [
            "mark": [
                "number": mark.number.rawValue, "round": mark.round.rawValue, "judge": mark.judge.rawValue,
                "criterion": (mark.criterion?.rawValue).orNull as Any, "score": mark.value.description,
            ] as [String: Any],
            "previous": (mark.previous?.description).orNull as Any,
        ]
    }
}
