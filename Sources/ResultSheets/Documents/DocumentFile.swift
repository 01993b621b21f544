public import Foundation
public import Messages

/// Exported HTML and xlsx documents: replaced whole, never left half-written. A file that
/// cannot be written is a `cannot_write` refusal placed at it.
public enum DocumentFile {
    public static func write(_ data: Data, to url: URL) throws(Refusal) {
        try AtomicFile.write(data, to: url)
    }

    /// Replaced whole, readable by the owner only: a document of marks that is not published
    /// (the judges' consistency report).
    public static func writePrivate(_ data: Data, to url: URL) throws(Refusal) {
        try AtomicFile.writePrivate(data, to: url)
    }

    /// Makes `url` a folder for documents, with the folders above it.
    public static func makeFolder(_ url: URL) throws(Refusal) {
        try AtomicFile.makeFolder(url)
    }

    /// A new file only the owner may read (PIN slips); throws rather than replace one.
    public static func createPrivate(_ data: Data, at url: URL) throws(Refusal) {
        try AtomicFile.createPrivate(data, at: url)
    }
}
