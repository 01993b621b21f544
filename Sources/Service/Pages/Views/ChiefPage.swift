import Foundation
import Officiating
import ScoringCore
import StoreValues

/// What the console shows a signed-in chief judge, per trade: the rounds as `RoundState` counts
/// them (the use case behind `GET /api/v1/status`) with their flags and locks, the versions
/// published with their printable documents, and the appeals; the sign-in form, or a refusal for
/// any other judge.
struct ChiefPage: Sendable {
    struct TradeStatus: Sendable {
        let id: String
        let name: String
        let rounds: [RoundStatus]
        let publications: [PublishedVersion]
        let appeals: [AppealLine]
    }

    struct RoundStatus: Sendable {
        let trade: String
        let round: String
        let roundName: String
        let entered: Int
        let expected: Int
        /// A <progress> needs a maximum above zero.
        let progressMax: Int
        let locked: Bool
        let missing: [String]
        let flags: [FlagLine]
    }

    /// A max_spread flag with its marks, to confirm with a reason.
    struct FlagLine: Sendable {
        let number: String
        let round: String
        let text: String
    }

    struct PublishedVersion: Sendable {
        let version: Int
        let publishedAt: String
        let noticeEndsAt: String
        let final: Bool
        let documents: [DocumentLink]
    }

    struct DocumentLink: Sendable {
        let label: String
        let href: String
    }

    struct AppealLine: Sendable {
        let id: Int64
        let version: Int
        let number: String
        let reason: String
        let filedBy: String
        let filedAt: String
        let open: Bool
        let ruling: String?
        let ruledBy: String?
    }

    let title = "裁判长控制台"
    let heading = "裁判长控制台"
    let bodyClass = "chief"
    let signInAction = "/chief"
    let signInHeading = "裁判长登录"
    let messages = PageMessage.common
    let competition: String
    let csrf: String?
    let judge: SignedInJudge?
    /// The signed-in judge when a chief; the console is drawn only then.
    let chief: SignedInJudge?
    let notChief: String
    let signInError: String?
    let trades: [TradeStatus]

    init(
        competition: String, signedIn: Judge?, csrf: String?, signInError: String? = nil, rounds: [RoundState] = [],
        publications: [Publication] = [], appeals: [Appeal] = []
    ) {
        self.competition = competition
        self.csrf = csrf
        judge = signedIn.map(SignedInJudge.init)
        chief = signedIn.flatMap { $0.chief ? SignedInJudge($0) : nil }
        notChief = signedIn.map { "\($0.id) \($0.name) 不是裁判长：控制台只供裁判长使用。" } ?? ""
        self.signInError = signInError
        var order: [Trade] = []
        for state in rounds where !order.contains(where: { $0.id == state.trade.id }) { order.append(state.trade) }
        trades = order.map { trade in
            TradeStatus(
                id: trade.id.rawValue, name: trade.name,
                rounds: rounds.filter { $0.trade.id == trade.id }.map(Self.roundStatus),
                publications: publications.filter { $0.trade == trade.id }.reversed().map(Self.publishedVersion),
                appeals: appeals.filter { $0.trade == trade.id }.map(Self.appealLine))
        }
    }

    private static func roundStatus(_ state: RoundState) -> RoundStatus {
        RoundStatus(
            trade: state.trade.id.rawValue, round: state.round.id.rawValue, roundName: state.round.name,
            entered: state.entered, expected: state.expected, progressMax: max(state.expected, 1),
            locked: state.locked, missing: state.missing,
            flags: state.flagged.map { flag in
                let marks = flag.judgeMarks.map { "\($0.judge) \($0.mark)" }.joined(separator: "、")
                return FlagLine(
                    number: flag.number.rawValue, round: flag.round.rawValue,
                    text: "选手 \(flag.number)：\(marks)，分差 \(flag.spread) 超过 \(flag.maxSpread)")
            })
    }

    private static func publishedVersion(_ publication: Publication) -> PublishedVersion {
        PublishedVersion(
            version: publication.version, publishedAt: LocalTime.text(publication.publishedAt),
            noticeEndsAt: LocalTime.text(publication.noticeEndsAt), final: publication.finalAt != nil,
            documents: publication.files.compactMap { file in
                DocumentLabel.of(file.name, trade: publication.trade.rawValue, version: publication.version).map {
                    DocumentLink(label: $0, href: DocumentRoutes.href(trade: publication.trade, name: file.name))
                }
            })
    }

    private static func appealLine(_ appeal: Appeal) -> AppealLine {
        AppealLine(
            id: appeal.id, version: appeal.version, number: appeal.number.rawValue, reason: appeal.reason,
            filedBy: appeal.filedBy, filedAt: LocalTime.text(appeal.filedAt), open: appeal.isOpen,
            ruling: appeal.ruling, ruledBy: appeal.ruledBy?.rawValue)
    }
}
