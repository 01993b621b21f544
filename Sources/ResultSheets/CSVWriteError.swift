public import Foundation

/// A sheet that could not be written: prints as `PATH: cannot write: REASON`.
public struct CSVWriteError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// The destination path.
    public let path: String
    /// The system's reason, e.g. "no such file or directory".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write: \(reason)" }

    public var errorDescription: String? { description }
}
