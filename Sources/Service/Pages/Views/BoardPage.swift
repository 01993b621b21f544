import Foundation

/// The hall board's first drawing, decoded from the very JSON that `GET /api/v1/board` and the
/// `board` events send: the page can show nothing the API does not send to everyone.
struct BoardPage: Sendable {
    struct Board: Decodable, Sendable {
        let competition: Named
        let trades: [TradeBoard]
    }

    struct Named: Decodable, Sendable {
        let id: String
        let name: String
    }

    struct TradeBoard: Decodable, Sendable {
        let id: String
        let name: String
        let rounds: [RoundProgress]
        let results: [Ranked]?

        /// Mustache reads an empty list and a missing one alike; the page tells them apart.
        var hasResults: Bool { results != nil }
    }

    struct RoundProgress: Decodable, Sendable {
        let id: String
        let name: String
        let entered: Int
        let expected: Int
        let locked: Bool

        /// A <progress> needs a maximum above zero, even for a round nobody takes.
        var progressMax: Int { Swift.max(expected, 1) }
    }

    struct Ranked: Decodable, Sendable {
        let rank: Int?
        let number: String
        let name: String
        let unit: String?
        let total: String?
        let prize: String?
        let title: String?
    }

    let title = "成绩大屏"
    let bodyClass = "board"
    let messages = PageMessage.board
    let competition: Named
    let trades: [TradeBoardView]

    /// Mirror does not see computed properties: the template reads these stored copies.
    struct TradeBoardView: Sendable {
        let id: String
        let name: String
        let rounds: [RoundView]
        let results: [Ranked]
        let hasResults: Bool
    }

    struct RoundView: Sendable {
        let id: String
        let name: String
        let entered: Int
        let expected: Int
        let locked: Bool
        let progressMax: Int
    }

    init(json: Data) throws {
        let board = try JSONDecoder().decode(Board.self, from: json)
        competition = board.competition
        trades = board.trades.map { trade in
            TradeBoardView(
                id: trade.id, name: trade.name,
                rounds: trade.rounds.map {
                    RoundView(
                        id: $0.id, name: $0.name, entered: $0.entered, expected: $0.expected, locked: $0.locked,
                        progressMax: $0.progressMax)
                }, results: trade.results ?? [], hasResults: trade.hasResults)
        }
    }
}
