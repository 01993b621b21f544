extension RefusalCode {
    /// An option's value that the argument parser takes but judge refuses: it names the option
    /// and the value as typed.
    static let options: [RefusalCode: Wording] = [
        .unknownTimeZone:
            (
                "--tz {zone}：没有这个时区；请用 IANA 时区名，例如 Asia/Shanghai",
                "--tz {zone}: no time zone has this name; use an IANA name such as Asia/Shanghai"
            ),
        .unknownFormat:
            (
                "--format {formats}：\"{format}\" 不是可选的格式；请用逗号分隔列出 csv、html、xlsx，例如 --format csv,html,xlsx",
                "--format {formats}: \"{format}\" is not a format; give csv, html and xlsx as a comma list, e.g. --format csv,html,xlsx"
            ),
        .formatGivenTwice:
            (
                "--format {formats}：{format} 写了两次；每种格式只写一次",
                "--format {formats}: {format} is given twice; name each format once"
            ),
        .negativeNoticeDays: ("--notice-days {days}：不能小于 0", "--notice-days {days}: must be 0 or more"),
        .outRequired: ("发布新版本需要给出 --out DIR（发布文件所在的文件夹）", "--out DIR is needed to publish a version"),
        .portOutOfRange: ("--port {port}：应为 0 到 65535", "--port {port}: expected 0 to 65535"),
        .portInUse:
            (
                "这个端口已被占用（可能已有一个 judge serve 在运行）：请换一个 --port，或先关闭占用它的程序",
                "the port is in use (another judge serve may be running): choose another --port, or stop what uses it"
            ),
        .hostNotHere:
            (
                "不是本机的地址：请用 127.0.0.1（只供本机）、0.0.0.0（供赛场网络）或本机的一个网络地址",
                "not an address of this machine: use 127.0.0.1 (this machine only), 0.0.0.0 (the venue network) or one of its network addresses"
            ),
    ]
}
