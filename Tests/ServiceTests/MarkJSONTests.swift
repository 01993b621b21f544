import Foundation
import ScoringCore
import Testing

@testable import Officiating
@testable import Service

/// The mark's answer, written directly, is byte for byte what `JSONResponse` writes for the same
/// object, whatever text a competitor number holds.
struct MarkJSONTests {
    @Test(arguments: ["1023", "", "a\"b\\c/d", "line\nbreak\r\ttab", "\u{01}\u{08}\u{0C}\u{1F}", "张三 é\u{301}"])
    func theAnswerIsWhatJSONSerializationWrites(number: String) throws {
        for (criterion, previous) in [(CriterionID?.some("prep"), Points?.some(Points(hundredths: 8_550))), (nil, nil)]
        {
            let mark = OwnMark(
                number: CompetitorNumber(number), round: "practical", judge: "J1", criterion: criterion,
                value: Points(hundredths: 7),
                previous: previous)
            let expected = try JSONResponse.data([
                "mark": [
                    "number": mark.number.rawValue, "round": mark.round.rawValue, "judge": mark.judge.rawValue,
                    "criterion": (mark.criterion?.rawValue).orNull as Any, "score": mark.value.description,
                ] as [String: Any],
                "previous": (mark.previous?.description).orNull as Any,
            ])
            #expect(String(decoding: MarkJSON.data(mark), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }
}
