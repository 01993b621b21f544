import Foundation
import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file in one step: the bytes go to a temporary file in the same folder (so
/// the rename stays on one file system), are flushed to disk, then renamed over the
/// destination. Readers see the old file or the new one, never part of one. A failure is a
/// `cannot_write` refusal placed at the destination, and leaves nothing behind.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws(Refusal) {
        try place(data, at: url, mode: 0o666) { rename($0, $1) }
    }

    /// Like `write`, readable by the owner only: for papers that carry marks not published.
    static func writePrivate(_ data: Data, to url: URL) throws(Refusal) {
        try place(data, at: url, mode: 0o600) { rename($0, $1) }
    }

    /// Like `write`, but never replaces a file: `link(2)` puts the flushed temporary file in
    /// place only if nothing is there, in one step. Throws "file exists" otherwise.
    static func create(_ data: Data, at url: URL) throws(Refusal) {
        try place(data, at: url, mode: 0o444) { link($0, $1) }
    }

    /// Like `create`, readable by the owner only: for papers that carry secrets (PIN slips).
    static func createPrivate(_ data: Data, at url: URL) throws(Refusal) {
        try place(data, at: url, mode: 0o600) { link($0, $1) }
    }

    /// Writes `data` to a temporary file beside `url`, flushes it, then `move`s it (temporary
    /// path, destination path; 0 or -1 with `errno`) into place. The temporary file is gone
    /// afterwards either way.
    private static func place(
        _ data: Data, at url: URL, mode: mode_t, move: (String, String) -> Int32
    ) throws(Refusal) {
        let path = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Self.cannotWrite(url.relativePath, errno) }
        var failure = data.withUnsafeBytes { writeAll($0, to: fd) }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && move(temporary, path) != 0 { failure = errno }
        // After a rename there is nothing left to unlink; after a link, the temporary name goes.
        unlink(temporary)
        if failure != 0 { throw Self.cannotWrite(url.relativePath, failure) }
    }

    /// Makes `url` a folder, with the folders above it, as `mkdir -p` does.
    static func makeFolder(_ url: URL) throws(Refusal) {
        var path = ""
        for component in url.standardizedFileURL.pathComponents.dropFirst() {
            path += "/" + component
            guard mkdir(path, 0o777) != 0 else { continue }
            let failure = errno
            var status = stat()
            if stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR { continue }
            throw cannotWrite(url.relativePath, failure == EEXIST ? ENOTDIR : failure)
        }
    }

    /// `path` (a file or a folder) could not be written, for the system's reason `code`.
    static func cannotWrite(_ path: String, _ code: Int32) -> Refusal {
        Refusal(.cannotWrite, at: .file(path), SystemReason.values(code))
    }

    /// Writes every byte; returns 0, or the `errno` of the failure.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var done = 0
        while done < bytes.count {
            let count = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += count
        }
        return 0
    }
}

/// `write(2)`, named apart from `AtomicFile.write`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
