/// What printed documents say beyond the results: who organizes, whom to contact with an
/// objection during 公示, and the signature lines at the foot of a sheet.
public struct DocumentSettings: Equatable, Sendable {
    /// 主办单位, printed in the title block and beside its seal line; "" when not given.
    public var organizer: String
    /// Where objections go during the notice period (公示), e.g. "赛务组 王老师 010-12345678".
    public var contact: String
    /// Signature lines, in order; nil for the default: 裁判长, 监督, and the organizer's seal.
    public var signatures: [String]?

    public init(organizer: String = "", contact: String = "", signatures: [String]? = nil) {
        self.organizer = organizer
        self.contact = contact
        self.signatures = signatures
    }

    /// The lines printed: the configured ones, or 裁判长, 监督 and 主办单位（盖章）.
    public var signatureLines: [String] {
        signatures ?? ["裁判长", "监督", organizer.isEmpty ? "主办单位（盖章）" : "\(organizer)（盖章）"]
    }

    public var isDefault: Bool { self == DocumentSettings() }
}
