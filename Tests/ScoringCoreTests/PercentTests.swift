import ScoringCore
import Testing

/// A prize tier's share is a `Percent`, read and shown as the competition file writes it.
struct PercentTests {
    @Test(arguments: [("12.5", 1250, "12.5"), ("20", 2000, "20"), ("0.01", 1, "0.01"), ("100", 10_000, "100")])
    func aPercentKeepsItsHundredthsAndReadsAsWritten(text: String, hundredths: Int64, shown: String) {
        let percent = Percent.p(text)
        #expect(percent.hundredths == hundredths)
        #expect(percent.description == shown)
    }

    @Test func percentsOrderByValue() {
        #expect(Percent.zero < Percent.p("0.01"))
        #expect(Percent.p("99.99") < Percent.all)
        #expect(Percent(whole: 100) == .all)
    }
}
