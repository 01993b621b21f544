import Foundation
import ScoreStore
import ScoringCore

/// `judge demo --serve`: gives every judge of one demo competition a PIN, prints them, and
/// serves that database on loopback, so a venue can try the tablets, console and board.
enum DemoServe {
    static func start(_ competition: Competition, database: String, port: Int = 8080) throws {
        let store = try ScoreDatabase(path: database)
        let issued = try store.issueCredentials(to: competition.judges.map(\.id), issuer: "judge demo --serve")
        try store.close()
        print("\n\(competition.name): PINs for signing in at /judge and /chief (shown once, never stored)")
        for pin in issued {
            print("  \(pin.judge.id)  \(pin.judge.name)\(pin.judge.chief ? "（裁判长）" : "")  PIN \(pin.pin)")
        }
        try Serve.serve(path: database, host: "127.0.0.1", port: port)
    }
}
