import Messages
import Officiating
import ResultSheets
import StoreValues

extension Imported {
    /// ` (read as GB18030)` after the file's name in a summary; nothing for UTF-8.
    var readAs: String { encoding == .utf8 ? "" : Phrase.readAs.text(["encoding": encoding.rawValue]) }
}

extension Imported where Result == ImportSummary {
    /// `, replaced 3` after the count of what was added; nothing when none was replaced.
    var replacedText: String {
        result.replaced > 0 ? Phrase.replacedCount.text(["count": String(result.replaced)]) : ""
    }
}
