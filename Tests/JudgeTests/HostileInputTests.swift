import Foundation
import Testing

/// Issue 14, item 5: formula cells written as text, control and bidirectional characters and
/// over-long text refused everywhere, the competition file capped, units compared normalised.
struct HostileInputTests {
    @Test func aFormulaLikeNameIsWrittenAsTextInTheSheet() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        try folder.write(
            "number,name,unit,trade\n7,=HYPERLINK(\"http://x\"),+甲公司,nursery\n8,@SUM(A1),-乙,nursery\n",
            to: "evil.csv")
        #expect(try JudgeProcess.run(["roster", "import", "evil.csv"], in: folder).status == 0)
        let export = try JudgeProcess.run(["results", "export", "--provisional", "--out", "out"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        let sheet = String(
            decoding: try folder.appendingPathComponent("out").contents(of: try #require(files.first)), as: UTF8.self)
        #expect(sheet.contains(",7,\"'=HYPERLINK(\"\"http://x\"\")\",'+甲公司,"), "\(sheet)")
        #expect(sheet.contains(",8,'@SUM(A1),'-乙,"), "\(sheet)")
        // No cell of the sheet starts with a formula character any more.
        for line in sheet.split(separator: "\r\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "\(cell)")
            }
        }
    }

    @Test(arguments: [
        ("1,张\u{0}三,甲公司,nursery\n", "roster.csv:2:2: \"张\\0三\" — the field holds a NUL character (U+0000)"),
        (
            "1,张三,甲\u{1B}[2J公司,nursery\n",
            "roster.csv:2:3: \"甲\\u{1B}[2J公司\" — the field holds the control character U+001B"
        ),
        (
            "1,张三\u{202E}司公乙,甲公司,nursery\n",
            "roster.csv:2:2: \"张三\\u{202E}司公乙\" — the field holds the bidirectional control U+202E"
        ),
        ("1,\"张\r\n三\",甲公司,nursery\n", "roster.csv:2:2: \"张\\r\\n三\" — the field holds the control character U+000D"),
    ])
    func controlCharactersInARosterAreRefused(row: String, message: String) throws {
        let folder = try temporaryFolder()
        #expect(
            try JudgeProcess.run(
                ["init", "--config", JudgeProcess.fixture("publication/competition.yaml")], in: folder
            ).status == 0)
        try folder.write("number,name,unit,trade\n" + row, to: "roster.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "roster.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Error: " + message), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("which is not allowed in any text; remove it"))
        #expect(try AuditTests.verify(folder).status == 0)
    }

    @Test func aMegabyteNameIsRefused() throws {
        let folder = try temporaryFolder()
        #expect(
            try JudgeProcess.run(
                ["init", "--config", JudgeProcess.fixture("publication/competition.yaml")], in: folder
            ).status == 0)
        try folder.write(
            "number,name,unit,trade\n1," + String(repeating: "长", count: 1 << 20) + ",甲公司,nursery\n", to: "big.csv")
        let outcome = try JudgeProcess.run(["roster", "import", "big.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("— the field is 1048576 characters long; text is at most 200 characters"))
        #expect(outcome.stderr.utf8.count < 1000, "the refusal does not echo the whole field")
    }

    @Test(arguments: [
        (
            ["--reason", "复核\u{1B}]0;x\u{7}"],
            "Error: --reason \"复核\\u{1B}]0;x\\u{7}\": the field holds the control character U+001B"
        ),
        (["--reason=无\u{202E}误"], "Error: --reason \"无\\u{202E}误\": the field holds the bidirectional control U+202E"),
        (["--reason", String(repeating: "理", count: 201)], "Error: --reason \""),
    ])
    func aHostileOptionIsRefusedBeforeAnythingRuns(extra: [String], message: String) throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        let before = try JudgeProcess.run(["audit", "log"], in: folder).stdout
        let outcome = try JudgeProcess.run(
            ["flags", "confirm", "--number", "1", "--round", "practical", "--chief", "C1"] + extra, in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix(message), "\(outcome.stderr)")
        #expect(try JudgeProcess.run(["audit", "log"], in: folder).stdout == before)
    }

    @Test func aLongReasonSaysTheLimit() throws {
        let folder = try PublicationWorkflowTests.loadedFolder()
        let outcome = try JudgeProcess.run(
            ["appeal", "add", "--trade", "nursery", "--number", "1", "--reason", String(repeating: "理", count: 201)],
            in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("the field is 201 characters long; text is at most 200 characters"))
    }

    static func refuseConfig(_ yaml: String) throws -> JudgeProcess.Outcome {
        let folder = try temporaryFolder()
        try folder.write(yaml, to: "c.yaml")
        return try JudgeProcess.run(["init", "--config", "c.yaml"], in: folder)
    }

    static let header = """
        competition: { id: x, name: 测试 }
        trades: [{ id: t, name: 电工 }]
        rounds: [{ id: r, name: 实操, max: 100, weight: 100, aggregate: single }]

        """

    @Test func controlCharactersInTheCompetitionFileAreRefused() throws {
        let outcome = try Self.refuseConfig(Self.header + "judges: [{ id: J1, name: \"王\\e芳\" }]\n")
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "Error: c.yaml:4:26: judges[0].name: 王\\u{1B}芳 — the field holds the control character U+001B"),
            "\(outcome.stderr)")
        let bidi = try Self.refuseConfig(Self.header + "judges: [{ id: J1, name: 王芳, unit: \"甲\u{202E}公司\" }]\n")
        #expect(bidi.stderr.contains("the field holds the bidirectional control U+202E"), "\(bidi.stderr)")
    }

    @Test func yamlAliasesThatExpandWithoutEndAreRefusedAtOnce() throws {
        var yaml = Self.header + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(items)]\n"
        }
        let outcome = try Self.refuseConfig(yaml)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                "the file expands to more than 200000 values (through YAML aliases, *name); write the values out instead of aliasing them"
            ), "\(outcome.stderr)")
    }

    @Test func anOversizedCompetitionFileIsRefused() throws {
        let big = try Self.refuseConfig(Self.header + "# " + String(repeating: "x", count: 1 << 20) + "\n")
        #expect(big.status == 1)
        #expect(big.stderr.contains("the file is larger than 1024 KiB; a competition file is a few kilobytes"))
        var judges = "judges:\n"
        for index in 0...10_000 { judges += "  - { id: J\(index), name: 裁判 }\n" }
        let many = try Self.refuseConfig(Self.header + judges)
        #expect(many.status == 1)
        #expect(many.stderr.contains("a list holds at most 10000 items; split the competition"), "\(many.stderr)")
    }

    @Test(arguments: ["甲 公司", "甲\u{200B}公司", "甲公司\u{3000}", "ＡＢ厂"])
    func aUnitWrittenDifferentlyStillRecuses(unit: String) throws {
        let folder = try temporaryFolder()
        var yaml = try String(contentsOfFile: IntegrityTests.fixture("competition.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "  - { id: J2, name: 李明, unit: 区总工会 }", with: "  - { id: J2, name: 李明, unit: ab厂 }")
        try folder.write(yaml, to: "c.yaml")
        #expect(try JudgeProcess.run(["init", "--config", "c.yaml"], in: folder).status == 0)
        try folder.write("number,name,unit,trade\n5,钱七,\(unit),nursery\n", to: "r.csv")
        #expect(try JudgeProcess.run(["roster", "import", "r.csv"], in: folder).status == 0)
        let judge = unit.contains("厂") ? "J2" : "J1"
        try folder.write("number,round,judge,score\n5,practical,\(judge),80\n", to: "m.csv")
        let outcome = try JudgeProcess.run(["score", "import", "m.csv"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("the same unit, so the judge is recused (回避)"), "\(outcome.stderr)")
    }
}
