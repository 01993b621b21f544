/// The encodings an input file may be in: what Excel and WPS save as "CSV UTF-8" and,
/// on a Chinese system, as plain "CSV" (GB18030, of which GBK and GB2312 are subsets).
public enum InputEncoding: String, Equatable, Sendable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
}
