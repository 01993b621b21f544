import Foundation
import Messages

/// Progress of a long import or export, on stderr and only when stderr is a terminal: a
/// pipe, a file or a CI log never gets it. Nothing shows during the first second
/// (`$JUDGE_PROGRESS_DELAY` seconds, for tests), and the line is redrawn at most 5 times a
/// second and cleared at the end, so the output the command prints is as without it.
final class TerminalProgress: @unchecked Sendable {
    // `@unchecked`: one thread at a time updates it (an import's reading thread, then the
    // main thread once reading has ended).
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private let delay: TimeInterval
    private var lastShown: Date?

    init(_ label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
        delay = ProcessInfo.processInfo.environment["JUDGE_PROGRESS_DELAY"].flatMap(TimeInterval.init) ?? 1
    }

    /// Shows the label (which ends in its separator) and `status()` if it is time to; `status` is only built then.
    func update(_ status: () -> String) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) >= delay else { return }
        if let lastShown, now.timeIntervalSince(lastShown) < 0.2 { return }
        lastShown = now
        write("\r\u{1B}[K\(label)\(status())")
    }

    /// Clears the line, if anything was shown.
    func finish() {
        guard lastShown != nil else { return }
        lastShown = nil
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension TerminalProgress {
    /// Runs an import with a progress line `reading FILE: 42% (line 8192)` (`读取 FILE：42%（第 8192 行）`),
    /// cleared at the end.
    static func reading<Result>(_ file: String, _ body: (@escaping (() -> String) -> Void) throws -> Result) rethrows
        -> Result
    {
        let progress = TerminalProgress(Phrase.progressReading.text(["file": file]))
        defer { progress.finish() }
        return try body { progress.update($0) }
    }
}
