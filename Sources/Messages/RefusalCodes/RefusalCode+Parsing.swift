extension RefusalCode {
    /// The argument parser's own usage errors. It speaks English only, so its English is here
    /// word for word: the door reads a message back through these texts (`reading(english:)`)
    /// and says it again in the reader's language. `{detail}` is the parser's tail after an
    /// invalid value (`: why` or `. Please provide one of …`), given in Chinese as `detail.zh`.
    static let parsing: [RefusalCode: Wording] = [
        .missingArgument: ("缺少必填的 {argument}", "Missing expected argument '{argument}'"),
        .missingValue: ("{option} 后面缺少值", "Missing value for '{option}'"),
        .unknownOption:
            ("没有 {option} 这个选项[；是不是 {suggestion}？]", "Unknown option '{option}'[. Did you mean '{suggestion}'?]"),
        .unknownCommand: ("没有 \"{command}\" 这个命令", "Unexpected argument '{command}'"),
        .unexpectedArgument: ("多余的参数 \"{argument}\"", "Unexpected argument '{argument}'"),
        .unexpectedArguments: ("多余的 {count} 个参数：{arguments}", "{count} unexpected arguments: '{arguments}'"),
        .invalidValue: ("{option} 的值 \"{typed}\" 无效{detail}", "The value '{typed}' is invalid for '{option}'{detail}"),
        .optionTakesNoValue:
            (
                "{option} 不带值，却给了 \"{typed}\"",
                "The option '{option}' does not take any value, but '{typed}' was specified."
            ),
        // The hidden --generate-completion-script with a shell it does not know.
        .unknownShell:
            (
                "无法为 \"{shell}\" 生成补全脚本；请用 --generate-completion-script=<shell>，<shell> 可为：{shells}",
                "Can't generate completion scripts for '{shell}'.\nPlease use --generate-completion-script=<shell> with one of:\n    {shells}"
            ),
    ]
}
