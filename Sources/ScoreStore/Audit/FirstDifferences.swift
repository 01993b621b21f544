/// The first `limit` differences `audit verify` shows, by the order they are reported in,
/// kept while the rest are only counted: a tampered database may differ in millions of facts.
struct FirstDifferences {
    typealias Order = (Int, Int64, String)

    struct Difference {
        let order: Order
        let key: String
        let logged: (value: String, seq: Int64)?
        let present: String?
    }

    let limit: Int
    private(set) var kept: [Difference] = []

    init(limit: Int) { self.limit = max(0, limit) }

    mutating func add(_ order: Order, key: String, logged: (value: String, seq: Int64)?, present: String?) {
        guard limit > 0 else { return }
        if kept.count == limit {
            guard let last = kept.indices.max(by: { kept[$0].order < kept[$1].order }), order < kept[last].order
            else { return }
            kept.remove(at: last)
        }
        kept.append(Difference(order: order, key: key, logged: logged, present: present))
    }

    var sorted: [Difference] { kept.sorted { $0.order < $1.order } }
}
