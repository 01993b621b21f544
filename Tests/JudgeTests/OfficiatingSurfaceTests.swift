import Foundation
import Testing

/// What Officiating's public API shows of the store: nothing. The values the use cases return
/// live in StoreValues, below both; the database never leaves the use cases. Swift checks that a
/// public signature's types are imported publicly, so no `public import ScoreStore` in
/// Officiating means no public declaration names a store type; this pins that, and that no
/// public declaration hands out a `ScoreDatabase`.
struct OfficiatingSurfaceTests {
    @Test func officiatingShowsNoStoreTypeAndAliasesNone() throws {
        let files = try DoorImportsTests.sources(of: "Officiating")
        #expect(files.count > 20, "the sources of Officiating are found")
        let publicly = files.filter { $0.text.contains(#/(?m)^\s*public\s+import\s+ScoreStore\b/#) }.map(\.path)
        #expect(publicly == [])
        let aliasing = files.filter { $0.text.contains(#/typealias\s+\w+\s*=\s*ScoreStore\./#) }.map(\.path)
        #expect(aliasing == [])
        let exporting = files.filter { $0.text.contains(#/@_exported/#) }.map(\.path)
        #expect(exporting == [])
    }

    /// The values below the store, which the doors import, see nothing of it: no GRDB, no
    /// ScoreStore, no SQL. Each has a file named after it.
    @Test func theValuesTheDoorsImportKnowNothingOfTheStore() throws {
        let files = try DoorImportsTests.sources(of: "StoreValues")
        #expect(files.count >= 5, "the sources of StoreValues are found")
        let importing = files.filter { file in
            file.text.contains(#/(?m)^\s*((public|package|internal)\s+)?import\s+(GRDB|ScoreStore)\b/#)
                || file.text.contains(#/SELECT |INSERT |UPDATE |DELETE FROM/#)
        }.map(\.path)
        #expect(importing == [])
        let misnamed = files.filter { file in
            let declared = file.text.firstMatch(of: #/(?m)^(?:public |package )?(?:struct|enum) (\w+)/#)?.1
            return declared.map(String.init) != file.path.replacingOccurrences(of: ".swift", with: "")
        }.map(\.path)
        #expect(misnamed == [])
    }

    @Test func noPublicDeclarationOfOfficiatingNamesTheDatabase() throws {
        let naming = try DoorImportsTests.sources(of: "Officiating").flatMap { file in
            file.text.split(separator: "\n").filter { line in
                line.contains(#/^\s*(@\w+\s+)*(public|open)\s.*\bScoreDatabase\b/#)
            }.map { "\(file.path): \($0.trimmingCharacters(in: .whitespaces))" }
        }
        #expect(naming == [])
    }
}
