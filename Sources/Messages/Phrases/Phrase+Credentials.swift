extension Phrase {
    /// PINs issued, shown once or printed as slips.
    static let credentials: [Phrase: Wording] = [
        .pinsShownOnce:
            (
                "每个 PIN 只显示这一次：请交给对应的{who}；数据库只保存加盐哈希",
                "each PIN is shown only this once: hand it to its {who}; the database keeps only a salted hash"
            ),
        .slipsWrote:
            ("已把 {count} 张 PIN 条写到 {file}：{names}", "wrote {count} PIN slip{s} to {file}: {names}"),
        .slipsReplaces:
            ("（替换旧 PIN）", " (replaces the old PIN)"),
        .slipsHowTo:
            (
                "打印后沿虚线剪开，每张装进信封封好，然后删除该文件",
                "print it, cut along the dashed lines, seal each slip in an envelope, then delete the file"
            ),
        .slipsReplacesCell:
            ("替换旧 PIN", "replaces the old PIN"),
    ]
}
