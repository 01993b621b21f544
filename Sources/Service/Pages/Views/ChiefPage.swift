import Officiating
import ScoringCore

/// What the console shows: `RoundState` (the use case behind `GET /api/v1/status`) per trade,
/// for a signed-in chief judge; the sign-in form, or a refusal for any other judge.
struct ChiefPage: Sendable {
    struct SignedInJudge: Sendable {
        let id: String
        let name: String
    }

    struct TradeStatus: Sendable {
        let id: String
        let name: String
        let rounds: [RoundStatus]
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
        let flags: [String]
    }

    let title = "裁判长控制台"
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

    init(competition: String, signedIn: Judge?, csrf: String?, signInError: String? = nil, rounds: [RoundState] = []) {
        self.competition = competition
        self.csrf = csrf
        judge = signedIn.map { SignedInJudge(id: $0.id.rawValue, name: $0.name) }
        chief = signedIn.flatMap { $0.chief ? SignedInJudge(id: $0.id.rawValue, name: $0.name) : nil }
        notChief = signedIn.map { "\($0.id) \($0.name) 不是裁判长：控制台只供裁判长使用。" } ?? ""
        self.signInError = signInError
        var trades: [TradeStatus] = []
        for state in rounds {
            let status = RoundStatus(
                trade: state.trade.id.rawValue, round: state.round.id.rawValue, roundName: state.round.name,
                entered: state.entered, expected: state.expected, progressMax: max(state.expected, 1),
                locked: state.locked, missing: state.missing, flags: state.flags)
            if let last = trades.last, last.id == status.trade {
                trades[trades.count - 1] = TradeStatus(id: last.id, name: last.name, rounds: last.rounds + [status])
            } else {
                trades.append(TradeStatus(id: status.trade, name: state.trade.name, rounds: [status]))
            }
        }
        self.trades = trades
    }
}
