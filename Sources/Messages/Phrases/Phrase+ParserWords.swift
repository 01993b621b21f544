extension Phrase {
    /// What the argument parser writes itself: the labels of `--help`, and the lines around a
    /// usage error. It speaks English only, so the English here is its own, word for word: the
    /// door reads its lines back through these texts and says them in the reader's language.
    static let parserWords: [Phrase: Wording] = [
        .parserOverview: ("概述：{abstract}", "OVERVIEW: {abstract}"),
        .parserUsage: ("用法：{usage}", "USAGE: {usage}"),
        .parserArguments: ("参数：", "ARGUMENTS:"),
        .parserOptions: ("选项：", "OPTIONS:"),
        .parserSubcommands: ("子命令：", "SUBCOMMANDS:"),
        .parserHelpFlag: ("  -h, --help{pad}显示帮助。", "  -h, --help{pad}Show help information."),
        .parserSeeHelp: ("  各子命令的详细说明：`{command}`", "  See '{command}' for detailed help."),
        .parserValues: ("（可选值：{values}）", "(values: {values})"),
        .parserDefault: ("（默认：{default}）", "(default: {default})"),
        .parserValuesDefault: ("（可选值：{values}；默认：{default}）", "(values: {values}; default: {default})"),
        .parserErrorHelp: ("说明：{help}", "Help:  {help}"),
        .parserErrorUsage: ("用法：{usage}", "Usage: {usage}"),
        .parserSeeMore: ("  详见 `{command}`。", "  See '{command}' for more information."),
    ]
}
