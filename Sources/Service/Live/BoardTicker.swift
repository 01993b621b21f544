import Foundation
public import Logging
public import Officiating
public import ServiceLifecycle

/// Every 250 ms: when a commit here marked the board stale, or the audit log grew (the CLI in
/// another process, which no GRDB observation here sees), the board is read once and published.
/// A heartbeat comment goes to every stream every 10 s. On shutdown it ends every stream first.
public struct BoardTicker: Service {
    let venue: Venue
    let feed: BoardFeed
    let logger: Logger
    var interval: Duration = .milliseconds(250)
    var heartbeatEvery: Duration = .seconds(10)

    public init(venue: Venue, feed: BoardFeed, logger: Logger) {
        self.venue = venue
        self.feed = feed
        self.logger = logger
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await loop()
        } onGracefulShutdown: {
            feed.finishAll()
        }
        feed.finishAll()
    }

    private func loop() async throws {
        var seen: Int64?
        var lastBeat = ContinuousClock.now
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await tick(&seen)
            } catch is CancellationError {
                return  // the service stopping, or failing to start: nothing to report
            } catch {
                logger.error("board: \(error)")
            }
            if ContinuousClock.now - lastBeat >= heartbeatEvery {
                feed.heartbeat()
                lastBeat = .now
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// `seen`: the change token last published, nil before the first.
    func tick(_ seen: inout Int64?) async throws {
        let venue = self.venue
        let sequence = try await Blocking.run { try venue.changeToken() }
        guard feed.takeStale() || sequence != seen else { return }
        seen = sequence
        try await Self.publish(venue, to: feed)
    }

    /// Reads the board once and sends it to every stream (unless it is the one sent last). A
    /// sign-off calls it at once rather than wait for the next tick, which then sends nothing new.
    static func publish(_ venue: Venue, to feed: BoardFeed) async throws {
        let json = try await Blocking.run {
            String(decoding: try JSONResponse.data(BoardJSON.object(try HallBoard.read(venue))), as: UTF8.self)
        }
        feed.publish(json)
    }
}
