public struct PrizeTier: Equatable, Sendable {
    public enum Quota: Equatable, Sendable {
        case count(Int)
        /// A percentage of the trade's ranked competitors.
        case percent(Percent)
    }

    public var name: String
    public var quota: Quota
    public var title: String?
    public var minTotal: Points?

    public init(name: String, quota: Quota, title: String? = nil, minTotal: Points? = nil) {
        self.name = name
        self.quota = quota
        self.title = title
        self.minTotal = minTotal
    }
}
