extension Phrase {
    /// The help of the options many commands share, and of flags.
    static let helpOptions: [Phrase: Wording] = [
        .optionDB: ("竞赛数据库。", "The competition database."),
        .optionTZ:
            (
                "显示时间所用的时区，例如 Asia/Shanghai（默认：$TZ，否则本机时区）。",
                "The time zone times are shown in, e.g. Asia/Shanghai (default: $TZ, else the machine's)."
            ),
        .optionClerk: ("操作人，记入审计日志（默认：操作系统用户）。", "Who is doing this, for the audit log (default: the OS user)."),
        .optionChief: ("执行此操作的裁判长，填裁判编号。", "The chief judge (裁判长) doing this, by judge id."),
        .optionJudge: ("分数所属的裁判。", "The judge whose mark it is."),
        .optionNumber: ("选手的参赛号。", "The competitor's number (参赛号)."),
        .optionRound: ("环节。", "The round."),
        .optionCriterion: ("评分项，用于按评分项打分的环节。", "The criterion, for a round marked by criteria."),
        .optionHeaders:
            ("列标题：zh（名次、参赛号……）或 keys（rank、number……）。", "Column headers: zh (名次, 参赛号, …) or keys (rank, number, …)."),
        .optionNoBOM:
            (
                "不写 UTF-8 字节顺序标记（Excel 需要它才能正确显示中文）。",
                "Leave out the UTF-8 byte-order mark (Excel needs it for Chinese text)."
            ),
        .optionProvisional:
            ("分数不全时也写出成绩表，文件名标明为暂定。", "Write sheets even while marks are missing, named as provisional."),
        .optionFinal: ("把最新一版定为最终成绩（不写出文件）。", "Make the latest version final (no files are written)."),
        .optionReplaceMark:
            ("替换已录入的分数；旧值保留在历史记录中。", "Replace a mark that is already stored; the old value is kept in the history."),
        .optionMissing: ("列出每一个缺少的分数，而不只是个数。", "List every missing mark, not only how many."),
        .optionVerbose: ("显示每条记录改动的全部内容（导入的记录会很长）。", "Show every fact each record sets (long for imports)."),
        .optionReplaceFile: ("FILE 已存在时替换它。", "Replace FILE if it exists."),
        .optionForceInit:
            (
                "替换已有竞赛的数据库（旧文件改名保留）。",
                "Replace a database that already holds a competition (the old file is kept, renamed)."
            ),
        .optionReplaceMarks:
            ("替换已录入的分数；旧值保留在历史记录中。", "Replace marks that are already stored; the old values are kept in the history."),
        .optionReplaceTimes:
            ("替换已录入的用时；旧值保留在历史记录中。", "Replace times that are already stored; the old values are kept in the history."),
        .optionHost: ("监听的地址。", "The address to listen on."),
        .optionPort: ("监听的端口。", "The port to listen on."),
        .optionDemoServe:
            (
                "然后用裁判最多的那个演示竞赛启动服务（`judge serve`），并打印每位裁判的 PIN。",
                "Then serve the demo competition with the most judges (`judge serve`), printing each judge's PIN."
            ),
    ]
}
