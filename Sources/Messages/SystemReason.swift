import Foundation

/// The system's reason a file could not be read or written (`errno`), as the `reason` of a
/// refusal: the English is the system's own (`strerror`, lowercased to continue a sentence);
/// the reasons a venue laptop meets have their Chinese here, the rarer ones stay in English.
public enum SystemReason {
    /// `reason` and, where known, `reason.zh` for `errno` code `code`. `capitalized`: the English
    /// as the system writes it ("No such file or directory"), for messages that always showed it so.
    public static func values(_ code: Int32, capitalized: Bool = false) -> [String: String] {
        var values = ["reason": capitalized ? String(cString: strerror(code)) : english(code)]
        values["reason.zh"] = chinese[code]
        return values
    }

    /// The same for an error of Foundation (`Data(contentsOf:)`, `FileManager`): by its POSIX
    /// code when it carries one, else its own description, in English.
    public static func values(_ error: any Error) -> [String: String] {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return values(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return values(Int32(underlying.code))
        }
        if error.domain == NSCocoaErrorDomain, let code = cocoa[error.code] { return values(code) }
        return ["reason": error.localizedDescription]
    }

    /// Foundation's file errors that carry no POSIX code (on Linux), as the `errno` they stand for.
    static let cocoa: [Int: Int32] = [
        CocoaError.fileNoSuchFile.rawValue: ENOENT,
        CocoaError.fileReadNoSuchFile.rawValue: ENOENT,
        CocoaError.fileReadNoPermission.rawValue: EACCES,
        CocoaError.fileWriteNoPermission.rawValue: EACCES,
        CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC,
        CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
        CocoaError.fileWriteFileExists.rawValue: EEXIST,
    ]

    /// "no such file or directory".
    public static func english(_ code: Int32) -> String {
        let reason = String(cString: strerror(code))
        guard let first = reason.first else { return "error \(code)" }
        return first.lowercased() + reason.dropFirst()
    }

    static let chinese: [Int32: String] = [
        EACCES: "没有权限",
        EPERM: "不允许这样操作",
        ENOENT: "文件或文件夹不存在",
        ENOTDIR: "不是文件夹",
        EISDIR: "这是一个文件夹",
        EEXIST: "文件已存在",
        ENOSPC: "磁盘已满",
        EDQUOT: "超出磁盘配额",
        EROFS: "磁盘是只读的",
        ENAMETOOLONG: "文件名太长",
        EIO: "磁盘读写出错",
    ]
}
