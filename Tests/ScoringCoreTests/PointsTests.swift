import ScoringCore
import Testing

struct PointsTests {
    @Test(arguments: [
        ("86", 8600 as Int64),
        ("86.5", 8650),
        ("86.50", 8650),
        ("0", 0),
        (" 86 ", 8600),
        ("\t86.05\t", 8605),
        ("0.05", 5),
        ("0.5", 50),
        ("100", 10000),
        ("100.00", 10000),
        ("007", 700),
        ("85.12", 8512),
    ])
    func parsesValidMarks(text: String, hundredths: Int64) throws {
        #expect(try Points(parsing: text) == Points(hundredths: hundredths))
    }

    @Test(arguments: [
        ("85.123", MarkError.tooManyPlaces),
        ("0.001", .tooManyPlaces),
        ("85.100", .tooManyPlaces),
        ("-1", .negative),
        ("-0.5", .negative),
        ("NaN", .notANumber),
        ("nan", .notANumber),
        ("1e1", .notANumber),
        ("1E2", .notANumber),
        ("abc", .notANumber),
        ("", .empty),
        ("   ", .empty),
        ("+5", .notANumber),
        (".5", .notANumber),
        ("5.", .notANumber),
        ("inf", .notANumber),
        ("-inf", .notANumber),
        ("Infinity", .notANumber),
        ("8 6", .notANumber),
        ("86,5", .notANumber),
        ("86.5.0", .notANumber),
        ("0x10", .notANumber),
        ("１２", .notANumber),  // full-width digits
        ("1234567890123", .tooLarge),
    ])
    func refusesMalformedMarks(text: String, error: MarkError) {
        #expect(throws: error) { try Points(parsing: text) }
    }

    @Test(arguments: [
        ("100.01", "100", MarkError.aboveMaximum(Points(whole: 100))),
        ("31", "30", .aboveMaximum(Points(whole: 30))),
        ("12.51", "12.5", .aboveMaximum(Points(hundredths: 1250))),
    ])
    func refusesAMarkAboveItsMaximum(text: String, max: String, error: MarkError) {
        #expect(throws: error) { try Points(parsingMark: text, max: .p(max)) }
    }

    @Test(arguments: [("100", "100"), ("0", "100"), ("12.50", "12.5"), ("29.99", "30")])
    func acceptsAMarkUpToItsMaximum(text: String, max: String) throws {
        #expect(try Points(parsingMark: text, max: .p(max)) == .p(text))
    }

    @Test func checksTheFormBeforeTheMaximum() {
        #expect(throws: MarkError.tooManyPlaces) { try Points(parsingMark: "101.123", max: Points(whole: 100)) }
        #expect(throws: MarkError.negative) { try Points(parsingMark: "-1", max: Points(whole: 100)) }
    }

    @Test(arguments: [
        (8650 as Int64, "86.50"),
        (10000, "100.00"),
        (0, "0.00"),
        (5, "0.05"),
        (50, "0.50"),
        (8605, "86.05"),
        (8043, "80.43"),
        (123_456, "1234.56"),
    ])
    func printsExactlyTwoPlaces(hundredths: Int64, text: String) {
        #expect(Points(hundredths: hundredths).description == text)
    }

    @Test(arguments: ["0", "0.05", "86.5", "86.50", "100", "99.99"])
    func descriptionParsesBackToTheSameValue(text: String) throws {
        let points = try Points(parsing: text)
        #expect(try Points(parsing: points.description) == points)
    }

    @Test func errorMessagesDescribeTheProblem() {
        #expect(MarkError.aboveMaximum(Points(whole: 30)).description == "above the maximum of 30.00")
        #expect(MarkError.tooManyPlaces.description == "a mark has at most 2 decimal places")
        #expect(MarkError.negative.description == "a mark cannot be negative")
        #expect(MarkError.empty.description == "a mark is required here")
    }
}

struct TimeUsedTests {
    @Test(arguments: [
        ("75", 75),
        ("0", 0),
        ("1:15", 75),
        ("01:15", 75),
        ("0:59", 59),
        ("1:01:15", 3675),
        ("2:00:00", 7200),
        ("90:00", 5400),
    ])
    func parsesSecondsMinutesAndHours(text: String, seconds: Int) {
        #expect(TimeUsed.seconds(parsing: text) == seconds)
    }

    @Test(arguments: [
        "1:5", "1:60", "a", "", "1::2", ":15", "1:", "1:15:", "1:01:15:00", "-5", "1.5", "1:5a", " 75", "1:1:15",
    ])
    func refusesMalformedTimes(text: String) {
        #expect(TimeUsed.seconds(parsing: text) == nil)
    }
}

struct CompetitorNumberTests {
    @Test func wholeNumbersCompareNumerically() {
        let sorted = (["105", "7", "A-3", "12", "B", "A-10"] as [CompetitorNumber]).sorted()
        #expect(sorted.map(\.rawValue) == ["7", "12", "105", "A-10", "A-3", "B"])
    }

    @Test(arguments: [("7", "12"), ("12", "105"), ("9", "10"), ("105", "A-3"), ("99999999999999999999", "A")])
    func ordersBefore(lhs: String, rhs: String) {
        #expect(CompetitorNumber(lhs) < CompetitorNumber(rhs))
        #expect(!(CompetitorNumber(rhs) < CompetitorNumber(lhs)))
    }
}
