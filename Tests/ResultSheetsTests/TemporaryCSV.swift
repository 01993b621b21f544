import Foundation

/// Test files under the temporary directory, each with a unique name, removed afterwards.
enum TemporaryCSV {
    /// A fresh path in a fresh folder (nothing is created).
    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ResultSheetsTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to a new file and passes its path to `body`.
    @discardableResult
    static func with<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sheet.csv")
        try Data(bytes).write(to: url)
        return try body(url.path)
    }

    @discardableResult
    static func with<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        try with(Array(text.utf8), body)
    }
}
