import Foundation

/// A refusal the CLI explains in one line (printed as `Error: …`, exit status 1).
struct UserError: Error, LocalizedError, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    var errorDescription: String? { description }
}
