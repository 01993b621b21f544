import Foundation
import Testing

/// What ArgumentParser writes itself (usage errors, the lines around them, help labels) reads
/// Chinese by default, and with `--lang en` exactly as ArgumentParser writes it; the exit
/// status stays 64 and the place and value stay as typed.
struct ParserWordsTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    @Test(arguments: [
        (
            ["score", "import"],
            """
            错误：缺少必填的 <file.csv>
            说明：<file.csv>  分数文件。
            用法：judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              详见 `judge score import --help`。

            """,
            """
            Error: Missing expected argument '<file.csv>'
            Help:  <file.csv>  The marks file.
            Usage: judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              See 'judge score import --help' for more information.

            """
        ),
        (
            ["init", "--config"],
            """
            错误：--config <file.yaml> 后面缺少值
            说明：--config <file.yaml>  竞赛文件（YAML）。
            用法：judge init [--db <path>] [--tz <zone>] [--clerk <name>] --config <file.yaml> [--force] [--chief <judge id>]
              详见 `judge init --help`。

            """,
            """
            Error: Missing value for '--config <file.yaml>'
            Help:  --config <file.yaml>  The competition file (YAML).
            Usage: judge init [--db <path>] [--tz <zone>] [--clerk <name>] --config <file.yaml> [--force] [--chief <judge id>]
              See 'judge init --help' for more information.

            """
        ),
        (
            ["demo", "--serve", "--port", "80"],
            """
            错误：没有 --port 这个选项；是不是 --out？
            用法：judge demo [--db <path>] [--out <dir>] [--bundle <dir>] [--serve]
              详见 `judge demo --help`。

            """,
            """
            Error: Unknown option '--port'. Did you mean '--out'?
            Usage: judge demo [--db <path>] [--out <dir>] [--bundle <dir>] [--serve]
              See 'judge demo --help' for more information.

            """
        ),
        (
            ["results", "export", "--out", "x", "--headers", "拼音"],
            """
            错误：--headers <headers> 的值 "拼音" 无效（可选值：keys、zh）
            说明：--headers <headers>  列标题：zh（名次、参赛号……）或 keys（rank、number……）。
            用法：judge results export [--db <path>] [--tz <zone>] --out <dir> [--headers <headers>] [--no-bom] [--provisional] [--format <formats>]
              详见 `judge results export --help`。

            """,
            """
            Error: The value '拼音' is invalid for '--headers <headers>'. Please provide one of 'keys' and 'zh'.
            Help:  --headers <headers>  Column headers: zh (名次, 参赛号, …) or keys (rank, number, …).
            Usage: judge results export [--db <path>] [--tz <zone>] --out <dir> [--headers <headers>] [--no-bom] [--provisional] [--format <formats>]
              See 'judge results export --help' for more information.

            """
        ),
        (
            ["serve", "--port", "abc"],
            """
            错误：--port <port> 的值 "abc" 无效
            说明：--port <port>  监听的端口。
            用法：judge serve [--db <path>] [--tz <zone>] [--host <address>] [--port <port>]
              详见 `judge serve --help`。

            """,
            """
            Error: The value 'abc' is invalid for '--port <port>'
            Help:  --port <port>  The port to listen on.
            Usage: judge serve [--db <path>] [--tz <zone>] [--host <address>] [--port <port>]
              See 'judge serve --help' for more information.

            """
        ),
        (
            ["flags", "list"],
            """
            错误：没有 "list" 这个命令
            用法：judge flags <subcommand>
              详见 `judge flags --help`。

            """,
            """
            Error: Unexpected argument 'list'
            Usage: judge flags <subcommand>
              See 'judge flags --help' for more information.

            """
        ),
        (
            ["score", "import", "a.csv", "b.csv"],
            """
            错误：多余的参数 "b.csv"
            用法：judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              详见 `judge score import --help`。

            """,
            """
            Error: Unexpected argument 'b.csv'
            Usage: judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              See 'judge score import --help' for more information.

            """
        ),
        (
            ["score", "import", "a.csv", "b.csv", "c.csv"],
            """
            错误：多余的 2 个参数："b.csv"、"c.csv"
            用法：judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              详见 `judge score import --help`。

            """,
            """
            Error: 2 unexpected arguments: 'b.csv', 'c.csv'
            Usage: judge score import [--db <path>] [--tz <zone>] [--clerk <name>] [--replace] <file.csv>
              See 'judge score import --help' for more information.

            """
        ),
        (
            ["status", "--missing=yes"],
            """
            错误：--missing 不带值，却给了 "yes"
            用法：judge status [--db <path>] [--tz <zone>] [--trade <id>] [--missing]
              详见 `judge status --help`。

            """,
            """
            Error: The option '--missing' does not take any value, but 'yes' was specified.
            Usage: judge status [--db <path>] [--tz <zone>] [--trade <id>] [--missing]
              See 'judge status --help' for more information.

            """
        ),
        (
            ["--generate-completion-script", "tcsh"],
            """
            错误：无法为 "tcsh" 生成补全脚本；请用 --generate-completion-script=<shell>，<shell> 可为：zsh bash fish
            用法：judge <subcommand>
              详见 `judge --help`。

            """,
            """
            Error: Can't generate completion scripts for 'tcsh'.
            Please use --generate-completion-script=<shell> with one of:
                zsh bash fish
            Usage: judge <subcommand>
              See 'judge --help' for more information.

            """
        ),
    ])
    func aUsageErrorIsChineseByDefaultAndArgumentParsersEnglishWithLangEn(
        arguments: [String], chinese: String, english: String
    ) throws {
        let folder = try temporaryFolder()
        let zh = try JudgeProcess.run(arguments, in: folder, environment: Self.chinese)
        #expect(zh.status == 64)
        #expect(zh.stderr == chinese)
        let none = try JudgeProcess.run(arguments, in: folder, environment: ["LANG": ""])
        #expect(none.stderr == chinese, "no locale at all: Chinese")
        let en = try JudgeProcess.run(arguments + ["--lang", "en"], in: folder, environment: Self.chinese)
        #expect(en.status == 64)
        #expect(en.stderr == english)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("judge.sqlite").path))
    }

    /// An unknown command at the top: the same in Chinese, and `judge --bogus` an unknown option.
    @Test func anUnknownCommandOrOptionAtTheTopIsChinese() throws {
        let folder = try temporaryFolder()
        let command = try JudgeProcess.run(["bogus"], in: folder, environment: Self.chinese)
        #expect(command.status == 64)
        #expect(command.stderr == "错误：没有 \"bogus\" 这个命令\n用法：judge <subcommand>\n  详见 `judge --help`。\n")
        let option = try JudgeProcess.run(["--bogus"], in: folder, environment: Self.chinese)
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("错误：没有 --bogus 这个选项\n"), "\(option.stderr)")
    }

    /// A command's own refusal of an option's value keeps its words; only the lines around it change.
    @Test func aCommandsOwnRefusalOfAValueKeepsItsWords() throws {
        let folder = try temporaryFolder()
        let zh = try JudgeProcess.run(["serve", "--port", "99999"], in: folder, environment: Self.chinese)
        #expect(zh.status == 64)
        #expect(
            zh.stderr == """
                错误：--port 99999：应为 0 到 65535
                用法：judge serve [--db <path>] [--tz <zone>] [--host <address>] [--port <port>]
                  详见 `judge serve --help`。

                """)
    }

    /// The labels of `--help` and the notes the parser adds to an option (values, default).
    @Test func helpLabelsAreChineseAndEnglishStaysTheParsers() throws {
        let folder = try temporaryFolder()
        let zh = try JudgeProcess.run(["results", "export", "--help"], in: folder, environment: Self.chinese)
        #expect(zh.status == 0)
        #expect(zh.stdout.hasPrefix("概述：每个工种写出一份成绩表"), "\(zh.stdout)")
        for line in [
            "用法：judge results export [--db <path>]", "\n选项：\n", "（rank、number……）。（可选值：keys、\n",
            "                          zh；默认：zh）\n", "（加选其他格式不影响 csv）。（默认：csv）\n",
            "\n  -h, --help              显示帮助。\n",
        ] {
            #expect(zh.stdout.contains(line), "\(line) in \(zh.stdout)")
        }
        let group = try JudgeProcess.run(["flags", "--help"], in: folder, environment: Self.chinese)
        #expect(group.stdout.contains("\n子命令：\n  confirm "), "\(group.stdout)")
        #expect(group.stdout.hasSuffix("\n  各子命令的详细说明：`judge help flags <subcommand>`\n"), "\(group.stdout)")
        let arguments = try JudgeProcess.run(["backup", "--help"], in: folder, environment: Self.chinese)
        #expect(arguments.stdout.contains("\n参数：\n  <file> "), "\(arguments.stdout)")
        let en = try JudgeProcess.run(["results", "export", "--help", "--lang", "en"], in: folder)
        for line in [
            "OVERVIEW: ", "\nUSAGE: judge results export", "\nOPTIONS:\n",
            "(rank,\n                          number, …). (values: keys, zh; default: zh)\n",
            "(csv unchanged by the others). (default: csv)\n", "\n  -h, --help              Show help information.\n",
        ] {
            #expect(en.stdout.contains(line), "\(line) in \(en.stdout)")
        }
    }
}
