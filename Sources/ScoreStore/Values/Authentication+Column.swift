import StoreValues

extension Authentication? {
    /// The `entry_batch.authenticated` column's value.
    var column: String { self?.rawValue ?? "" }
}
