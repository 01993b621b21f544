#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's reason for `errno` code `code`, as a message continues it:
/// "no such file or directory".
func systemReason(_ code: Int32) -> String {
    let reason = String(cString: strerror(code))
    guard let first = reason.first else { return "error \(code)" }
    return first.lowercased() + reason.dropFirst()
}
