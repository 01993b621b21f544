import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file read through its descriptor: sequentially for scanning, by offset
/// (`pread`) for parsing, so one open file serves both without seeking.
final class ByteFile {
    let path: String
    private let descriptor: Int32

    /// Opens `path` for reading; refuses what is not a regular file, since records are
    /// read back by offset.
    init(path: String) throws(Refusal) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure(path, errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw Self.failure(path, code)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw Self.failure(path, (info.st_mode & S_IFMT) == S_IFDIR ? EISDIR : 0)
        }
        descriptor = fd
    }

    /// A file opened elsewhere (a converted copy); `path` is the one messages name.
    init(descriptor: Int32, path: String) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The file's size in bytes now.
    var size: Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Back to the start, for sequential reads after `append`.
    func rewind() throws(Refusal) {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw Self.failure(path, errno) }
    }

    /// Appends `bytes` at the end (a converted copy being written).
    func append(_ bytes: UnsafeRawBufferPointer) throws(Refusal) {
        var done = 0
        while done < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path, errno)
            }
            done += count
        }
    }

    /// Reads the next bytes into `buffer`; 0 at end of file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(Refusal) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw Self.failure(path, errno) }
        }
    }

    /// Fills `buffer` from `offset`; returns how many bytes there were (fewer at end of file).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(Refusal) -> Int {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path, errno)
            }
            done += count
        }
        return done
    }

    /// The bytes in `range`, fewer if the file is shorter.
    func bytes(_ range: Range<Int>) throws(Refusal) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var failure: Refusal?
        let count = bytes.withUnsafeMutableBytes { buffer in
            do throws(Refusal) { return try read(into: buffer, at: range.lowerBound) } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        bytes.removeLast(range.count - count)
        return bytes
    }

    /// The bytes in `range` as text, invalid UTF-8 replaced (callers check it first).
    func string(_ range: Range<Int>) throws(Refusal) -> String {
        String(decoding: try bytes(range), as: UTF8.self)
    }

    /// `code` 0 stands for "not a regular file".
    private static func failure(_ path: String, _ code: Int32) -> Refusal {
        return code == 0
            ? Refusal(.notARegularFile, file: path, line: 0, column: 0, value: path)
            : Refusal(.cannotRead, file: path, line: 0, column: 0, value: path, SystemReason.values(code))
    }
}

/// `read(2)`, named apart from the method above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
