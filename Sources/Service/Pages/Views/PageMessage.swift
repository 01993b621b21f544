import Messages

/// A text a page's script shows, as a `data-msg-…` attribute of <body>: the refusals a mark can
/// meet come from the one catalog, so the tablet says exactly what the server would.
struct PageMessage: Sendable {
    let key: String
    let text: String

    static func refusal(_ key: String, _ code: RefusalCode) -> PageMessage {
        PageMessage(key: "msg-\(key)", text: code.template(in: .zh))
    }

    static func text(_ key: String, _ text: String) -> PageMessage {
        PageMessage(key: "msg-\(key)", text: text)
    }

    /// What every page's script may need to say.
    static let common: [PageMessage] = [
        .text("offline", "网络不通，请检查网络后重试"),
        .text("server", "服务器未能处理"),
    ]

    /// The judge's sheet: the rule of a mark, and where each mark stands.
    static let sheet: [PageMessage] =
        common + [
            .refusal("missing", .missingField),
            .refusal("not-a-number", .notANumber),
            .refusal("too-many-places", .tooManyPlaces),
            .refusal("negative", .negative),
            .refusal("too-large", .tooLarge),
            .refusal("above-maximum", .aboveMaximum),
            .text("saved", "已保存"),
            .text("pending", "未发送"),
            .text("waiting", "有 {count} 个分数未发送：网络恢复后自动重发，请勿关闭本页"),
            .text("sign-in-again", "请重新登录；未发送的分数保存在本机，登录后自动发送。"),
        ]

    static let board: [PageMessage] = [
        .text("live", "实时更新"),
        .text("reconnecting", "连接中断，正在重连…"),
        .text("locked", "已锁定"),
        .text("waiting", "全部环节锁定后公布成绩"),
    ]
}
