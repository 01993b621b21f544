/// Why a mark was refused; the caller adds the file, line, column and value.
public enum MarkError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notANumber
    case tooManyPlaces
    case negative
    case tooLarge
    case aboveMaximum(Points)

    public var description: String {
        switch self {
        case .empty: "a mark is required here"
        case .notANumber: "not a mark: expected a number like 86 or 86.50"
        case .tooManyPlaces: "a mark has at most 2 decimal places"
        case .negative: "a mark cannot be negative"
        case .tooLarge: "not a mark: the number is far too large"
        case .aboveMaximum(let max): "above the maximum of \(max)"
        }
    }
}
