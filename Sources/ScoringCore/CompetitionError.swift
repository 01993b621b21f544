/// A competition definition refused when loaded (SCORING.md §9). `path` is the key
/// path in the competition file, e.g. `rounds[1].criteria`.
public struct CompetitionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var value: String
    public var problem: String

    public init(path: String, value: String, problem: String) {
        self.path = path
        self.value = value
        self.problem = problem
    }

    public var description: String { "\(path): \(value) — \(problem)" }
}
