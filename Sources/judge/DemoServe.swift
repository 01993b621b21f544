import Foundation
import Messages
import Officiating
import ScoringCore

/// `judge demo --serve`: gives every judge of one demo competition a PIN, prints them, and
/// serves that database on loopback, so a venue can try the tablets, console and board.
enum DemoServe {
    static func start(_ competition: Competition, database: String, port: Int = 8080) throws {
        let venue = try Venue.open(database)
        let issued = try IssueJudgePINs(judges: [], chief: nil, operatorName: "judge demo --serve").run(
            in: venue, pin: { _ in nil })
        try venue.close()
        print(Phrase.demoServePINs.text(["competition": competition.name]))
        for pin in issued {
            print("  \(pin.judge.id)  \(pin.judge.name)\(pin.judge.chief ? "（裁判长）" : "")  PIN \(pin.pin)")
        }
        // Out before the service blocks, also when the output is a pipe or a file.
        fflush(nil)
        try Serve.serve(path: database, host: "127.0.0.1", port: port)
    }
}
