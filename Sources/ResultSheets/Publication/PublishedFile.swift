public import Foundation

/// Files of a publication: written once, read-only, never replaced.
public enum PublishedFile {
    /// Writes `data` as a new file at `url`, flushed to disk. Throws `CSVWriteError` ("file
    /// exists") rather than replace anything already there.
    public static func create(_ data: Data, at url: URL) throws {
        try AtomicFile.create(data, at: url)
    }
}
