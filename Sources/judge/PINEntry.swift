import Foundation
import Messages
import Officiating
import ScoringCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A judge's PIN: `$JUDGE_PIN` for scripts, else asked on the terminal without echo;
/// nil when neither is there (the store then refuses a missing PIN).
enum PINEntry {
    /// The PIN a use case asks for: a judge's from `$JUDGE_PIN`, a clerk's from `$JUDGE_CLERK_PIN`.
    static func read(_ credential: Credential) -> String? {
        switch credential {
        case .judge(let judge):
            read(prompt: Phrase.pinPromptJudge.text(["judge": judge.rawValue]), environment: "JUDGE_PIN")
        case .clerk(let clerk):
            read(prompt: Phrase.pinPromptClerk.text(["clerk": clerk]), environment: "JUDGE_CLERK_PIN")
        }
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
}
