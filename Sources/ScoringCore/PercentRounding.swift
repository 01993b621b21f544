public enum PercentRounding: String, Equatable, Sendable {
    case floor
    case halfUp = "half-up"
}
