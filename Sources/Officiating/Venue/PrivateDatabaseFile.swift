import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The database holds marks not yet published, blind double entries and PIN hashes: on a venue
/// laptop only the account that runs `judge` reads it. New files are made owner-only (0600);
/// an existing one (from an older version, a copy, a restored backup) is made so once it opened
/// as a database (never a file given as --db by mistake), with the `-wal` and `-shm` files
/// SQLite made for it (they take the database file's mode, so later ones are 0600 too).
enum PrivateDatabaseFile {
    /// Takes group and other access away from the database at `path` and its `-wal` and `-shm`
    /// files. A file of another account (chmod refused) or on a stick without modes stays as it
    /// is: whoever may read it still can.
    static func keep(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var status = stat()
            guard stat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 != 0 else {
                continue
            }
            _ = chmod(file, status.st_mode & 0o700)
        }
    }
}
