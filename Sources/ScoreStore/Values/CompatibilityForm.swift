import Foundation

extension String {
    /// Full-width digits, decimal point and spaces (６９．５, the ideographic space) as their
    /// ASCII forms: Unicode's compatibility normalisation (NFKC). ASCII text is returned as is.
    var compatibilityForm: String {
        let ascii = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
        return ascii ? self : precomposedStringWithCompatibilityMapping
    }
}
