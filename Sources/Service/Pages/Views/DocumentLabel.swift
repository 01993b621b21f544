/// What a printable file of a publication is, in the words on its page (PublicationBundle's
/// names: `nursery-v2-notice.html` is the 公示 of version 2); nil for the files that are not
/// for printing (CSV, workbooks, the manifest).
enum DocumentLabel {
    static func of(_ name: String, trade: String, version: Int) -> String? {
        let stem = "\(trade)-v\(version)"
        guard name.hasPrefix(stem), name.hasSuffix(".html") else { return nil }
        let part = name.dropFirst(stem.count).dropLast(".html".count)
        switch part {
        case "": return "成绩表"
        case "-notice": return "成绩公示"
        case "-awards": return "获奖名单"
        case "-detail": return "评分明细"
        case "-changes": return "更正清单"
        default:
            guard part.hasPrefix("-advance-") else { return String(part.dropFirst()) }
            return "晋级名单（\(part.dropFirst("-advance-".count))）"
        }
    }
}
