import Foundation
import Testing

/// The documentation a clone holds: its examples load, and it points at nothing outside the repository.
struct DocsTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: JudgeProcess.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    static func yamlBlocks(_ text: String) -> [String] {
        text.matches(of: #/```yaml\n(?<body>[\s\S]*?)```/#).map { String($0.output.body) }
    }

    @Test(arguments: ["docs/competition-file.md", "README.md"])
    func everyCompleteCompetitionExampleLoads(_ document: String) throws {
        let examples = Self.yamlBlocks(try Self.text(document)).filter { $0.hasPrefix("competition:") }
        #expect(!examples.isEmpty)
        for (index, example) in examples.enumerated() {
            let folder = try temporaryFolder()
            try folder.write(example, to: "example.yaml")
            let outcome = try JudgeProcess.run(["init", "--config", "example.yaml"], in: folder)
            #expect(outcome.status == 0, "\(document) example \(index + 1): \(outcome.stderr)")
        }
    }

    @Test func theDocumentationNeedsNothingOutsideTheRepository() throws {
        let documents =
            ["README.md"]
            + (try FileManager.default.contentsOfDirectory(
                atPath: JudgeProcess.packageRoot.appendingPathComponent("docs").path
            )
            .filter { $0.hasSuffix(".md") }.map { "docs/\($0)" })
        for document in documents {
            #expect(!(try Self.text(document)).contains("../shared"), "\(document) points outside the repository")
        }
    }
}
