public import Foundation

/// Exported HTML and xlsx documents: replaced whole, never left half-written.
public enum DocumentFile {
    public static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.write(data, to: url)
    }

    /// Replaced whole, readable by the owner only: a document of marks that is not published
    /// (the judges' consistency report).
    public static func writePrivate(_ data: Data, to url: URL) throws {
        try AtomicFile.writePrivate(data, to: url)
    }

    /// A new file only the owner may read (PIN slips); throws rather than replace one.
    public static func createPrivate(_ data: Data, at url: URL) throws {
        try AtomicFile.createPrivate(data, at: url)
    }
}
