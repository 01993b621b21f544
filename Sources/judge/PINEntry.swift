import Foundation
import ScoreStore
import ScoringCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A judge's PIN: `$JUDGE_PIN` for scripts, else asked on the terminal without echo;
/// nil when neither is there (the store then refuses a missing PIN).
enum PINEntry {
    static func read(for judge: JudgeID) -> String? {
        read(prompt: "PIN for judge \(judge): ", environment: "JUDGE_PIN")
    }

    /// A PIN from `$environment`, else asked on the terminal without echo.
    static func read(prompt: String, environment: String) -> String? {
        if let pin = ProcessInfo.processInfo.environment[environment] { return pin }
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }

    /// Once PINs are in use, the judge proves who they are; without PINs, nothing to check.
    static func verify(_ judge: JudgeID, in store: ScoreDatabase, purpose: String) throws {
        guard try store.credentialsIssued() else { return }
        try store.verifyPIN(judge: judge, pin: read(for: judge), purpose: purpose)
    }
}
