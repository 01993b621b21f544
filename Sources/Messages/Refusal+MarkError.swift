public import ScoringCore

extension Refusal {
    /// A mark as typed, refused by the rules (ScoringCore parses it, this words it).
    public init(_ error: MarkError, at place: Place? = nil) {
        switch error {
        case .empty: self.init(RefusalCode.missingField, at: place)
        case .notANumber: self.init(RefusalCode.notANumber, at: place)
        case .tooManyPlaces: self.init(RefusalCode.tooManyPlaces, at: place)
        case .negative: self.init(RefusalCode.negative, at: place)
        case .tooLarge: self.init(RefusalCode.tooLarge, at: place)
        case .aboveMaximum(let max): self.init(RefusalCode.aboveMaximum, at: place, ["max": max.description])
        }
    }
}
