import GRDB

/// The roster's numbers by their value without leading zeros, for the hint "did you mean
/// 001?" when Excel turned 001 into 1 (or "did you mean 1?" for 001 when the roster lost its
/// zeros). Built once, on the first refused number only.
final class PaddedNumbers: @unchecked Sendable {
    // `@unchecked`: used only by the thread that checks rows, like the validator holding it.
    private var index: [Substring: [String]]?

    /// Roster numbers that equal `number` once leading zeros are dropped from both, other than itself.
    func matches(_ number: String, in numbers: () throws -> [String]) rethrows -> [String] {
        guard !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) else { return [] }
        if index == nil {
            var built: [Substring: [String]] = [:]
            for candidate in try numbers() where candidate.allSatisfy({ $0.isASCII && $0.isNumber }) {
                built[Self.unpadded(candidate), default: []].append(candidate)
            }
            index = built
        }
        return (index?[Self.unpadded(number)] ?? []).filter { $0 != number }.sorted()
    }

    private static func unpadded(_ number: String) -> Substring {
        let digits = number.drop { $0 == "0" }
        return digits.isEmpty ? "0" : digits
    }
}
