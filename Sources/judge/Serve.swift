import ArgumentParser
import Foundation
import Logging
import Messages
import Service

#if canImport(Glibc)
    import Glibc
#endif

/// `judge serve`: the scoring service over one competition database (API.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Phrase.helpServe.text(),
        discussion: Phrase.discussServe.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(Phrase.optionHost.text(), valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(Phrase.optionPort.text(), valueName: "port"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError(Refusal(.portOutOfRange, ["port": String(port)]))
        }
    }

    func run() throws {
        try Self.serve(path: database.path, host: host, port: port)
    }

    /// Runs the service until SIGINT or SIGTERM. The command line is synchronous: the service
    /// runs in a task while this thread waits for it.
    static func serve(path: String, host: String, port: Int) throws {
        fflush(nil)
        var logger = Logger(label: "judge.serve")
        logger.logLevel = .info
        let service = try JudgeService.open(path: path, logger: logger)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await service.run(host: host, port: port) { bound in
                    // Written at once, not buffered: a script waits for these lines on a pipe.
                    var lines = ""
                    for base in ServeAddresses.list(host: host, port: bound) {
                        for page in [Phrase.serveJudges, .serveChief, .serveBoard] {
                            lines += page.text(["base": base]) + "\n"
                        }
                    }
                    lines += Phrase.serveStarted.text(["path": path, "host": host, "port": "\(bound)"]) + "\n"
                    FileHandle.standardOutput.write(Data(lines.utf8))
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
        try? service.close()
    }
}

/// The service's end, handed from its task to the waiting thread.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
