public import Foundation
public import Messages

/// Files of a publication: written once, read-only, never replaced.
public enum PublishedFile {
    /// Writes `data` as a new file at `url`, flushed to disk. Refuses (`cannot_write`,
    /// "file exists") rather than replace anything already there.
    public static func create(_ data: Data, at url: URL) throws(Refusal) {
        try AtomicFile.create(data, at: url)
    }
}
