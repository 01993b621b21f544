import ArgumentParser
import Foundation
import Messages
import ScoringCore

/// `--status`: the stored word or the one on Chinese paperwork (缺考, 取消资格, 退赛, 正常).
/// Any word parses; an unknown one is refused by `refusal`, in the user's language, rather than
/// by ArgumentParser's English "invalid value".
struct StatusWord: ExpressibleByArgument {
    let word: String
    let status: Competitor.Status?

    static let chinese: [String: Competitor.Status] = [
        "正常": .active, "参赛": .active, "缺考": .absent, "取消资格": .disqualified, "退赛": .withdrawn,
    ]

    init?(argument: String) {
        word = argument.trimmingCharacters(in: .whitespaces)
        status = Competitor.Status(rawValue: word) ?? Self.chinese[word]
    }

    /// Why the word is not a status, naming the option and the word; nil for a status.
    var refusal: Refusal? {
        status == nil ? Refusal(.unknownStatus, at: .option("--status"), ["value": word]) : nil
    }

    static var allValueStrings: [String] { Competitor.Status.allCases.map(\.rawValue) + ["缺考", "取消资格", "退赛"] }

    /// 缺考 for absent, as sheets say it.
    static func chineseName(_ status: Competitor.Status) -> String {
        switch status {
        case .active: "正常"
        case .absent: "缺考"
        case .disqualified: "取消资格"
        case .withdrawn: "退赛"
        }
    }
}
