public import Foundation

/// The system's reason a file could not be read or written (`errno`), as the `reason` of a
/// refusal: the English is the system's own (`strerror`, lowercased to continue a sentence);
/// the reasons a venue laptop meets have their Chinese here, the rarer ones stay in English.
public enum SystemReason {
    /// `reason` and, where known, `reason.zh` for `errno` code `code`.
    public static func values(_ code: Int32) -> [String: String] {
        var values = ["reason": english(code)]
        values["reason.zh"] = chinese[code]
        return values
    }

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
