import Messages

/// A refusal as the command line prints it in English, which these tests pin: the language of
/// the test process must not choose (the default is Chinese).
func english(_ error: any Error) -> String {
    (error as? Refusal)?.terminalText(in: .en) ?? String(describing: error)
}

/// The same refusal in Chinese.
func chinese(_ error: any Error) -> String {
    (error as? Refusal)?.terminalText(in: .zh) ?? String(describing: error)
}
