extension RefusalCode {
    /// The command line's own checks: who acts at the desk, and what an option says.
    static let desk: [RefusalCode: Wording] = [
        .unknownChief:
            ("--chief {chief}：没有这个编号的裁判；裁判有 {judges}", "--chief {chief}: no judge has this id; judges are {judges}"),
        .notChief:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；裁判长：{chiefs}",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; chief judges: {chiefs}"
            ),
        .notChiefNoneNamed:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；竞赛文件没有指定裁判长（chief: true）",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; the competition file names no chief judge (chief: true)"
            ),
        .clerkRequired:
            (
                "本竞赛在竞赛文件中声明了录入员（clerks:）：请用 --clerk ID（{clerks}）说明是谁，并输入该录入员的 PIN",
                "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID ({clerks}) and give that clerk's PIN"
            ),
        .nothingToChange:
            (
                "没有要修改的内容：请给出 --name、--unit、--trade 或 --status",
                "nothing to change: give --name, --unit, --trade or --status"
            ),
        .badAuditPin:
            (
                "审计锚点应写成 记录号:哈希（记录号、冒号和 64 位十六进制数），与 `judge results publish` 打印的一致",
                "give the pin as RECORD:HASH, a record number, a colon and 64 hex digits, as `judge results publish` printed it"
            ),
        .noBundle:
            (
                "这里没有 Config/ 和 seeds/ 文件夹：请在项目文件夹中运行演示，或给出 --bundle DIR",
                "no Config/ and seeds/ folders here: run the demo from the project folder, or give --bundle DIR"
            ),
        .bundleIncomplete:
            (
                "该文件夹中没有 Config/ 和 seeds/：请给出项目文件夹",
                "no Config/ and seeds/ folders in it: give the project folder"
            ),
        .unknownLanguage: ("不是可选的语言：请用 zh（中文）或 en（英文）", "not a language judge speaks: use zh or en"),
    ]
}
