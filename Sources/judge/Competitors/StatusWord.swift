import ArgumentParser
import Foundation
import ScoringCore

/// `--status`: the stored word or the one on Chinese paperwork (缺考, 取消资格, 退赛, 正常).
struct StatusWord: ExpressibleByArgument {
    let status: Competitor.Status

    static let chinese: [String: Competitor.Status] = [
        "正常": .active, "参赛": .active, "缺考": .absent, "取消资格": .disqualified, "退赛": .withdrawn,
    ]

    init?(argument: String) {
        let word = argument.trimmingCharacters(in: .whitespaces)
        guard let status = Competitor.Status(rawValue: word) ?? Self.chinese[word] else { return nil }
        self.status = status
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
