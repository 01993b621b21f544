/// A roster edit or a revert refused, with what to do instead. Nothing was changed.
public struct VenueRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
