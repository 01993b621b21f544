/// Rounds a non-negative fraction half-up (四舍五入) to a whole number of hundredths.
/// This is the only rounding in the rules (SCORING.md §1).
func roundHalfUp(_ numerator: Int128, over denominator: Int128) -> Points {
    precondition(numerator >= 0 && denominator > 0, "scores are never negative")
    let (doubled, overflow) = numerator.multipliedReportingOverflow(by: 2)
    precondition(!overflow, "score arithmetic overflowed")
    return Points(hundredths: Int64((doubled + denominator) / (2 * denominator)))
}

func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
}
