import Foundation
import Officiating
import ScoringCore

/// `PUT /api/v1/marks`'s answer: the mark as stored and the judge's earlier value, keys sorted
/// as `JSONResponse` sorts them. Written directly: this answer goes out for every mark, and
/// `JSONSerialization` of its two small dictionaries was 6% of the service's CPU under load.
enum MarkJSON {
    static func data(_ mark: OwnMark) -> Data {
        var text = #"{"mark":{"criterion":"#
        text += JSONText.quoted(mark.criterion?.rawValue)
        text += #","judge":"# + JSONText.quoted(mark.judge.rawValue)
        text += #","number":"# + JSONText.quoted(mark.number.rawValue)
        text += #","round":"# + JSONText.quoted(mark.round.rawValue)
        text += #","score":"# + JSONText.quoted(mark.value.description)
        text += #"},"previous":"# + JSONText.quoted(mark.previous?.description) + "}"
        return Data(text.utf8)
    }
}
