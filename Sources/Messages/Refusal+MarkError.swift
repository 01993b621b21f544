public import ScoringCore

extension Refusal {
    /// A mark as typed, refused by the rules (ScoringCore parses it, this words it).
    public init(_ error: MarkError, at place: Place? = nil) {
        switch error {
        case .empty: self.init(.missingField, at: place)
        case .notANumber: self.init(.notANumber, at: place)
        case .tooManyPlaces: self.init(.tooManyPlaces, at: place)
        case .negative: self.init(.negative, at: place)
        case .tooLarge: self.init(.tooLarge, at: place)
        case .aboveMaximum(let max): self.init(.aboveMaximum, at: place, ["max": max.description])
        }
    }
}
