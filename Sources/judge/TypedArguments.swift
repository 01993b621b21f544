public import ArgumentParser
public import ScoringCore

// Ids and numbers are typed from the command line on: a competitor number can never be passed
// where a judge id is expected. The value is kept as typed; the use case checks it.
extension Identifier: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension CompetitorNumber: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
