extension Phrase {
    /// The discussion of `--help` of `judge` and of the commands that set up, read, publish and keep the results.
    static let helpDiscussionsResults: [Phrase: Wording] = [
        .discussJudge: (
            """
            数据库为 --db PATH，否则为 $JUDGE_DB，否则为 ./judge.sqlite。
            --db 也可以写在命令前面：judge --db x.sqlite rank。
            从 `judge demo` 开始，或 `judge init --config Config/FILE.yaml`。
            """,
            """
            The database is --db PATH, else $JUDGE_DB, else ./judge.sqlite.
            --db may stand before the command too: judge --db x.sqlite rank.
            Start with `judge demo`, or `judge init --config Config/FILE.yaml`.
            """
        ),
        .discussInit: (
            """
            数据库中已有竞赛时拒绝，除非加 --force。--force 把旧文件保留为 PATH.replaced-<UTC 时间>，
            新的审计记录链从它的最后哈希接续；如旧数据库中已有锁定的环节或已发布的成绩，
            需要裁判长（--chief ID 并输入裁判长的 PIN，按旧数据库核对）。
            """,
            """
            Refuses when the database already holds a competition, unless --force. --force keeps the
            old file as PATH.replaced-<UTC time> and starts the new audit chain from its last hash;
            over a database with a locked round or a publication it needs the chief judge
            (--chief ID and the chief's PIN, checked against the old database).
            """
        ),
        .discussStatus: (
            """
            默认每个工种每个环节一行。--missing，或用 --trade 只看一个工种时，
            还列出每一个缺少的分数（选手、环节、裁判、评分项）。
            """,
            """
            By default one line per trade and round. --missing, or --trade for one trade, also lists
            every missing mark (competitor, round, judge, criterion).
            """
        ),
        .discussRank: (
            "还有分数未录入时，排名是暂定的，并会注明；见 `judge status`。",
            "While marks are missing the ranking is provisional and says so; see `judge status`."
        ),
        .discussResultsExport: (
            """
            还有应排名的选手缺少分数时拒绝，并列出缺少的分数。
            用 --provisional 时，缺少分数的工种写为 DIR/<trade-id>-provisional.csv：
            缺少分数的选手列在已排名选手之后，状态为 成绩未全。
            --format html 写出可打印的成绩表 DIR/<trade-id>.html（A4，用浏览器打印）、
            评分明细 DIR/<trade-id>-detail.html，以及设有 qualify 的环节的晋级名单
            DIR/<trade-id>-advance-<round>.html；--format xlsx 写出 <trade-id>.xlsx 和
            <trade-id>-detail.xlsx。公示表和获奖名单由 `results publish` 生成。
            每个设有 qualify 的环节，在其资格环节的分数全部录入后，写出晋级名单
            DIR/<trade-id>-advance-<round>.csv。
            """,
            """
            Refuses while any competitor who should be ranked has missing marks, and lists them.
            With --provisional, a trade with missing marks is written as DIR/<trade-id>-provisional.csv:
            its competitors with missing marks are listed after the ranked ones, status 成绩未全 (incomplete).
            --format html writes the printable result sheet DIR/<trade-id>.html (A4, for the browser's Print),
            the score detail sheet DIR/<trade-id>-detail.html (评分明细) and, for a round with qualify,
            DIR/<trade-id>-advance-<round>.html (晋级名单); --format xlsx writes <trade-id>.xlsx and
            <trade-id>-detail.xlsx. The 公示 sheet and award list come from `results publish`.
            For each round with qualify, DIR/<trade-id>-advance-<round>.csv, the advancement list
            (晋级名单), once every mark of its qualifying round is in.
            """
        ),
        .discussResultsPublish: (
            """
            该工种的每个环节都必须已锁定。写入 DIR，从不覆盖已有文件：
              <trade>-vN.csv          成绩表，与 `results export` 写出的完全相同
              <trade>-vN-notice.csv   公示表；<trade>-vN-awards.csv  获奖名单
              <trade>-vN-changes.csv  从第 2 版起：与上一版相比的变更（更正）
              以上文件的可打印 HTML 和 .xlsx（<trade>-vN.html、-notice.xlsx……）、评分明细
              <trade>-vN-detail.html/.xlsx 和晋级名单 <trade>-vN-advance-ROUND.html
              <trade>-vN.sha256       清单文件：`sha256sum -c <trade>-vN.sha256` 可核对整个文件夹
            并记录版本号、其 SHA-256 和公示期。分数没有变化时不写任何文件。
            --final 在最新版本公示期结束且没有未结申诉后，将其定为最终成绩。
            """,
            """
            Every round of the trade must be locked. Writes, never replacing a file, into DIR:
              <trade>-vN.csv          the result sheet, exactly as `results export` writes it
              <trade>-vN-notice.csv   the 公示 sheet; <trade>-vN-awards.csv  the award list (获奖名单)
              <trade>-vN-changes.csv  from version 2 on: what changed since the previous version (更正)
              the same as printable HTML and .xlsx (<trade>-vN.html, -notice.xlsx, …), the score
              detail sheet <trade>-vN-detail.html/.xlsx (评分明细) and <trade>-vN-advance-ROUND.html (晋级名单)
              <trade>-vN.sha256       the manifest: `sha256sum -c <trade>-vN.sha256` checks the folder
            and records the version, its SHA-256 and the notice period. Unchanged marks: nothing is written.
            --final makes the latest version final once its notice period is over and no appeal is open.
            """
        ),
        .discussResultsVerify: (
            """
            与已发布的文件完全相同时退出码为 0，并给出工种、版本和发布时间；否则退出码非 0，
            给出与该文件最接近的已发布成绩表，以及第一处不同的行。
            """,
            """
            Exit 0 naming the trade, version and time of publication; otherwise non-zero, naming the
            published result sheet the file most resembles and its first line that differs.
            """
        ),
        .discussAppealCommand: (
            """
            只在该工种最新版本的公示期内受理申诉。公示期内提出的申诉在公示期结束后
            仍保持未结，直到裁判长裁决；有未结申诉时，`results publish --final` 会被拒绝。
            """,
            """
            An appeal is taken only while the notice period of the trade's latest version runs.
            One made in time stays open after the period ends, until the chief judge rules on it;
            while any is open, `results publish --final` is refused.
            """
        ),
        .discussAppealResolve: (
            "需要改分的裁决，用 `judge score correct` 执行，然后 `results publish`。",
            "A ruling that changes marks is carried out with `judge score correct`, then `results publish`."
        ),
        .discussReportJudges: (
            """
            对每个由两名及以上裁判评分的环节：每位裁判给出的分数个数、平均分、最低分和最高分，
            与环节得分的平均偏差，环节得分去掉该裁判分数的次数，该裁判偏差最大的选手，以及每个偏差的散点图；
            还有该工种总分的分布，并标出每个奖项的最低总分。选手的环节得分算出后即计入该环节；工种不必已录完。
            """,
            """
            Per round marked by two or more judges: each judge's marks given, mean, lowest and highest,
            mean deviation from the round score, how often the round score left the judge's mark out,
            the competitors where the judge differs most, and a plot of every deviation; and the
            distribution of the trade's totals with each prize's lowest total marked. Competitors
            count in a round once their round score exists; a trade need not be complete.
            """
        ),
        .discussVerify: (
            """
            通过时退出码为 0 并打印一行摘要；否则退出码为 1，列出每条损坏的记录，以及与日志不符的
            每个分数、用时、选手或设置（先列 50 处，再给出总数）：直接在 SQLite 文件中做的改动会被发现。
            --expect 记录号:哈希（由 `judge results publish` 打印，也写在清单文件和公示表标题中）
            还能发现该次发布之后被截短或改写的日志。
            """,
            """
            Exits 0 with a one-line summary, or 1 listing every broken record and every
            mark, time, competitor or setting that differs from the log (the first 50, then a
            count): an edit made directly in the SQLite file is found. --expect RECORD:HASH
            (printed by `judge results publish` and in its manifest and 公示 title) also finds
            a log cut short or rewritten since that publication.
            """
        ),
        .discussLog: (
            """
            每次导入、录入、更正、选手修改和撤销都显示其批次号（`batch 7`），
            可用于 `judge score revert --batch 7`。时间为本地时间。
            """,
            """
            Each import, typed mark, correction, roster edit and revert shows its batch id
            (`batch 7`), which `judge score revert --batch 7` takes. Times are local.
            """
        ),
        .discussBackup: (
            """
            使用 SQLite 的在线备份：即使录入员正在导入、裁判正在录分，副本也是某一时刻的完整数据库。
            副本写出后用 `judge audit verify` 检查。
            每次导入后、锁定和发布前后、每天结束时各备份一次；副本存放在另一块磁盘（U 盘）上，每次一个文件：
              judge backup backups/$(date +%Y%m%d-%H%M).sqlite
            要使用副本，把 --db（或 $JUDGE_DB）指向它。
            """,
            """
            Uses SQLite's online backup: the copy is the database as of one moment, even while
            clerks import or judges type marks. The copy is then checked with `judge audit verify`.
            Run it after every import session, before and after locking and publishing, and at the
            end of each day; keep copies on another disk (a USB stick), one file per time:
              judge backup backups/$(date +%Y%m%d-%H%M).sqlite
            To use a copy, point --db (or $JUDGE_DB) at it.
            """
        ),
        .discussJudgesCredentials: (
            """
            不给 --judge 时，每位还没有 PIN 的裁判各得一个。操作员可以发放第一个 PIN；
            更换裁判的 PIN（忘记或泄露）需要裁判长：--chief ID 并输入裁判长的 PIN。
            只要有一位裁判有了 PIN，`judge score enter` 和裁判长的命令都会要求输入裁判的 PIN（或读取 $JUDGE_PIN）。
            用 --slips FILE.html 时，PIN 只写入这个新文件（仅文件所有者可读），每位裁判一张带裁剪线的纸条，
            打印后装入信封封好；屏幕上不显示任何 PIN。
            """,
            """
            Without --judge, every judge who has no PIN yet gets one. The operator may issue a first
            PIN; replacing a judge's PIN (a forgotten or leaked one) needs the chief judge: --chief ID
            and the chief's PIN. Once any judge has a PIN, `judge score enter` and the chief judge's
            commands ask for the judge's PIN (or read $JUDGE_PIN).
            With --slips FILE.html the PINs go only into that new file (readable by its owner only),
            one slip per judge with cut lines, to print and seal in envelopes; the screen shows none.
            """
        ),
        .discussClerksCredentials: (
            """
            不给 --clerk 时，每位已声明但还没有 PIN 的录入员各得一个。更换 PIN 需要裁判长
            （--chief ID 并输入裁判长的 PIN）。此后批量导入需要 --clerk ID 和该录入员的 PIN
            （不回显输入，脚本中用 $JUDGE_CLERK_PIN）。
            """,
            """
            Without --clerk, every declared clerk who has no PIN yet gets one. Replacing a PIN needs
            the chief judge (--chief ID and the chief's PIN). A batch import then needs --clerk ID
            and that clerk's PIN (asked without echo, or $JUDGE_CLERK_PIN in scripts).
            """
        ),
        .discussDemo: (
            """
            对每个在 seeds/<id>/ 中有数据的 Config/<id>.yaml：新建数据库 OUT/<id>.sqlite，
            导入名单、分数和用时，排名，打印获奖者，并把成绩表写到 OUT/<id>/<trade-id>.csv，
            旁边是可打印的文档：<trade-id>.html 和 .xlsx（成绩表）、<trade-id>-detail.html 和 .xlsx（评分明细）、
            <trade-id>-advance-<round>.html（晋级名单，用于设有 qualify 的环节）。
            """,
            """
            For each Config/<id>.yaml with seeds in seeds/<id>/: builds a fresh database
            OUT/<id>.sqlite, imports the roster, marks and times, ranks, prints the winners,
            and writes the sheets to OUT/<id>/<trade-id>.csv, with the printable documents
            beside them: <trade-id>.html and .xlsx (成绩表), <trade-id>-detail.html and .xlsx (评分明细),
            <trade-id>-advance-<round>.html (晋级名单, for a round with qualify).
            """
        ),
        .discussServe: (
            """
            先打印可在浏览器中打开的地址，之后每个请求打印一行。--host 默认只监听本机；
            要在赛场网络上提供服务，须明确给出 --host 0.0.0.0。收到 SIGINT 或 SIGTERM 时，
            关闭事件流，写完正在写入的数据后以退出码 0 退出。
            """,
            """
            Prints the addresses to open, then one line per request. --host defaults to loopback;
            serving the venue network is the deliberate --host 0.0.0.0. SIGINT or SIGTERM ends open
            event streams, finishes what is being written and exits 0.
            """
        ),
    ]
}
