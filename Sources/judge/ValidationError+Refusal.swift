import ArgumentParser
import Messages

extension ValidationError {
    /// A refusal of an option's value, as ArgumentParser reports a validation failure (usage
    /// line, exit 64), in the chosen language.
    init(_ refusal: Refusal) {
        self.init(refusal.terminalText(in: .current))
    }
}
