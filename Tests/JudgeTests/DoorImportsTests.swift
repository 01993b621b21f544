import Foundation
import Testing

/// The doors (the CLI and `judge serve`) reach the database only through Officiating's use
/// cases: neither imports GRDB or ScoreStore, and neither holds SQL (README, Layout).
struct DoorImportsTests {
    /// Every Swift file under `Sources/<target>`, with its text.
    static func sources(of target: String) throws -> [(path: String, text: String)] {
        let root = JudgeProcess.packageRoot.appendingPathComponent("Sources/\(target)")
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map {
            ($0.path.replacingOccurrences(of: root.path + "/", with: ""), try String(contentsOf: $0, encoding: .utf8))
        }
    }

    @Test(arguments: ["judge", "Service"])
    func aDoorImportsNeitherGRDBNorTheStore(_ target: String) throws {
        let files = try Self.sources(of: target)
        #expect(files.count > 5, "the sources of \(target) are found")
        let importing = files.filter { file in
            file.text.contains(#/(?m)^\s*(@testable\s+)?((public|package|internal)\s+)?import\s+(GRDB|ScoreStore)\b/#)
        }.map(\.path)
        #expect(importing == [], "\(target): \(importing)")
    }

    @Test(arguments: ["judge", "Service"])
    func aDoorHoldsNoSQL(_ target: String) throws {
        let holding = try Self.sources(of: target).filter { file in
            file.text.contains(#/SELECT |INSERT |UPDATE |DELETE FROM|PRAGMA /#)
        }.map(\.path)
        #expect(holding == [], "\(target): \(holding)")
    }
}
