import Foundation
import Testing

/// The printable documents end to end, checked as a person sees them: printed to PDF by
/// Chromium, read with pdftotext; xlsx read back with openpyxl.
struct PrintedDocumentTests {
    /// 150 competitors 001–150 of one trade, 004 absent, 003 named 王<五>&"六".
    static func loadedFolder() throws -> URL {
        let folder = try temporaryFolder()
        for step in [
            ["init", "--config", JudgeProcess.fixture("documents/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("documents/roster.csv")],
            ["score", "import", JudgeProcess.fixture("documents/marks.csv")],
        ] {
            try succeed(step, in: folder)
        }
        return folder
    }

    @discardableResult
    static func succeed(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
        -> JudgeProcess.Outcome
    {
        let outcome = try JudgeProcess.run(arguments, in: folder, environment: environment)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome
    }

    static func csvRows(_ data: Data) -> [[String]] {
        String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func exportWritesHTMLAndXLSXBesideAnUnchangedCSV() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["results", "export", "--out", "plain"], in: folder)
        let outcome = try Self.succeed(["results", "export", "--out", "all", "--format", "csv,html,xlsx"], in: folder)
        let plain = try folder.appendingPathComponent("plain").contents(of: "nursery.csv")
        #expect(try folder.appendingPathComponent("all").contents(of: "nursery.csv") == plain)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("all").path)
        #expect(
            files.sorted() == [
                "nursery-detail.html", "nursery-detail.xlsx", "nursery.csv", "nursery.html", "nursery.xlsx",
            ])
        #expect(outcome.stdout.contains("all/nursery.html"))
        try Self.succeed(["results", "export", "--out", "html-only", "--format", "html"], in: folder)
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("html-only/nursery.csv").path))
    }

    @Test func anUnknownFormatIsRefusedNamingTheOptionAndWritesNothing() throws {
        let folder = try Self.loadedFolder()
        let outcome = try JudgeProcess.run(
            ["results", "export", "--out", "x", "--format", "csv,pdf"], in: folder)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--format csv,pdf: \"pdf\" is not a format"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
        let twice = try JudgeProcess.run(["results", "export", "--out", "x", "--format", "html,html"], in: folder)
        #expect(twice.stderr.contains("html is given twice"))
    }

    @Test func aTradeOf150PrintsOnAtMostFiveLandscapePagesWithTheHeaderOnEach() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["results", "export", "--out", "out", "--format", "csv,html"], in: folder)
        let pdf = try Printing.pdf(folder.appendingPathComponent("out/nursery.html"))
        let info = try Printing.info(pdf)
        #expect(info.pages <= 5)
        #expect(info.width > info.height, "landscape")
        for page in 1...info.pages {
            let text = try Printing.text(pdf, page: page)
            #expect(text.contains("名次") && text.contains("参赛号") && text.contains("总成绩"), "page \(page)")
            // pdftotext drops the narrow spaces of "第 1 页 共 5 页".
            #expect(text.filter { !$0.isWhitespace }.contains("第\(page)页共\(info.pages)页"), "page \(page)")
        }
        let text = try Printing.text(pdf)
        #expect(text.contains("2026年<文档>测试赛 & 复赛"))
        #expect(text.contains("育婴员 成绩表"))
        #expect(text.contains("主办单位：某区总工会 & \"人社局\""))
        #expect(text.contains("王<五>&\"六\""))
        // Every number as on the sheet: 003 with its zeros, every score with two decimals.
        let rows = Self.csvRows(try folder.appendingPathComponent("out").contents(of: "nursery.csv"))
        let tokens = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
        for row in rows.dropFirst() {
            #expect(tokens.contains(row[1]), "number \(row[1])")
            for score in row[5...7] where !score.isEmpty {
                #expect(tokens.contains(score), "\(row[1]): \(score)")
            }
        }
        #expect(tokens.contains("003") && tokens.contains("150"))
        #expect(text.contains("缺考"))
        #expect(text.contains("仲裁委员会"))
    }

    @Test func thePublishedNoticeNamesItsPeriodInChineseDatesAndWhereObjectionsGo() throws {
        let folder = try Self.loadedFolder()
        for round in ["theory", "practical"] {
            try Self.succeed(["lock", "--trade", "nursery", "--round", round, "--chief", "C1"], in: folder)
        }
        let outcome = try Self.succeed(
            ["results", "publish", "--trade", "nursery", "--out", "pub", "--chief", "C1"], in: folder)
        let pub = folder.appendingPathComponent("pub")
        // The period in Chinese dates, from the local times the command printed.
        let period = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("notice period: ") })
        let times = period.dropFirst("notice period: ".count).components(separatedBy: " to ")
        let shown = DateFormatter()
        shown.locale = Locale(identifier: "en_US_POSIX")
        shown.dateFormat = "yyyy-MM-dd HH:mm:ss xxxxx"
        let start = try #require(shown.date(from: times[0]), "\(times[0])")
        let end = try #require(shown.date(from: times[1]), "\(times[1])")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let from = calendar.dateComponents([.year, .month, .day], from: start)
        let to = calendar.dateComponents([.year, .month, .day], from: end)
        let words =
            "\(from.year!)年\(from.month!)月\(from.day!)日 至 \(from.year == to.year ? "" : "\(to.year!)年")\(to.month!)月\(to.day!)日"
        let pdf = try Printing.pdf(pub.appendingPathComponent("nursery-v1-notice.html"))
        let text = try Printing.text(pdf)
        #expect(text.contains("公示期：\(words)"), "\(words)")
        #expect(text.contains("育婴员 成绩公示（第1版）"))
        #expect(text.contains("对成绩有异议者，请在公示期内向赛务组 王老师 010-12345678书面提出。"))
        let digest = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("sha256 ") })
            .dropFirst("sha256 ".count)
        #expect(text.contains("SHA-256：\(digest)"))
        #expect(!text.prefix(400).contains(String(digest)), "the digest is in the footer, not the title")
        // Each label with its writing line on one line, the seal's bracket not split.
        for label in ["裁判长：", "监督：", "仲裁委员会：", "主办单位（盖章）：", "日期："] {
            #expect(text.split(separator: "\n").contains { $0.contains(label) }, "\(label)")
        }
        // The footer names the 成绩表 as every title does, and the audit pin short and in Chinese.
        #expect(text.contains("成绩表（CSV）SHA-256：\(digest)"))
        #expect(!text.contains("结果表"))
        let pin = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("audit pin ") })
            .dropFirst("audit pin ".count).split(separator: " ")[0].dropLast().split(separator: ":")
        #expect(text.contains("审计链：第\(pin[0])条记录 \(pin[1])"), "the hash on one line")
        #expect(!text.contains("audit verify"), "no shell command on a sheet for the wall")
        #expect(try Printing.info(pdf).pages <= 5)
        // Every printable file is in the manifest, so verify accepts it.
        for name in ["nursery-v1-notice.html", "nursery-v1-awards.xlsx", "nursery-v1-detail.html"] {
            let verify = try JudgeProcess.run(["results", "verify", "pub/\(name)"], in: folder)
            #expect(verify.status == 0, "\(name): \(verify.stderr)")
        }
        // The published xlsx carries the digest in its page footer, and reads back whole.
        let book = try Printing.xlsx(pub.appendingPathComponent("nursery-v1-notice.xlsx"))
        #expect((book["footer"] as? String)?.contains("成绩表（CSV）SHA-256：\(digest)") == true)
        #expect((book["header"] as? String)?.contains("育婴员 成绩公示（第1版）") == true)
        #expect(book["orientation"] as? String == "landscape")
        let cells = try #require(book["cells"] as? [String: [String: Any]])
        #expect(cells.values.contains { ($0["value"] as? String)?.hasPrefix("公示期：\(words)") == true })
        let awards = try Printing.text(try Printing.pdf(pub.appendingPathComponent("nursery-v1-awards.html")))
        #expect(awards.contains("一等奖（5名）"))
    }

    @Test func theXLSXKeepsNumbersAsTextAndScoresAsTwoPlaceNumbers() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["results", "export", "--out", "out", "--format", "csv,xlsx"], in: folder)
        let book = try Printing.xlsx(folder.appendingPathComponent("out/nursery.xlsx"))
        let cells = try #require(book["cells"] as? [String: [String: Any]])
        // Rows 1–3: competition, trade and document, organizer; row 4 the header.
        #expect(cells["A1"]?["value"] as? String == "2026年<文档>测试赛 & 复赛")
        #expect(cells["B4"]?["value"] as? String == "参赛号")
        #expect(cells["B4"]?["bold"] as? Bool == true)
        #expect(book["freeze"] as? String == "A5")
        #expect(book["titles"] as? String == "$4:$4")
        #expect(book["orientation"] as? String == "landscape")
        #expect(book["paper"] as? String == "9")
        #expect(book["fitWidth"] as? Int == 1)
        #expect(book["fitHeight"] as? Int == 0)
        #expect(book["fitToPage"] as? Bool == true)
        #expect((book["header"] as? String)?.contains("育婴员 成绩表") == true)
        let rows = Self.csvRows(try folder.appendingPathComponent("out").contents(of: "nursery.csv"))
        for (index, row) in rows.dropFirst().enumerated() {
            let line = index + 5
            #expect(cells["B\(line)"]?["value"] as? String == row[1], "number kept as text")
            #expect(cells["B\(line)"]?["type"] as? String == "str")
            for (column, score) in zip(["E", "F", "G"], row[5...7]) where !score.isEmpty {
                let cell = try #require(cells["\(column)\(line)"])
                #expect(cell["format"] as? String == "0.00")
                #expect(cell["type"] as? String == "float" || cell["type"] as? String == "int")
                // openpyxl reads a float; its two-place text is the sheet's.
                let value = try #require(cell["value"] as? Double)
                #expect(String(format: "%.2f", value) == score, "\(column)\(line)")
            }
        }
        let merged = try #require(book["merged"] as? [String])
        #expect(merged.contains("A1:J1"), "the title spans the table instead of widening column A")
        let widths = try #require(book["widths"] as? [String: Double])
        #expect((widths["D"] ?? 0) >= 26, "the unit column fits 北京某某家政服务有限公司")
    }

    @Test func theDetailSheetStrikesTheDroppedMarksAndAddsUp() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["results", "export", "--out", "out", "--format", "html,xlsx"], in: folder)
        let html = String(
            decoding: try folder.appendingPathComponent("out").contents(of: "nursery-detail.html"), as: UTF8.self)
        // 001's practical marks: 70.45, 70.77, 71.09, 71.41, 71.73 → drop 70.45 and 71.73; (70.77 + 71.09 + 71.41) / 3 = 71.09.
        #expect(
            html.contains(
                "<td class=\"num struck\">(70.45)</td><td class=\"num\">70.77</td><td class=\"num\">71.09</td><td class=\"num\">71.41</td><td class=\"num struck\">(71.73)</td><td class=\"num bold\">71.09</td>"
            ))
        let pdfText = try Printing.text(try Printing.pdf(folder.appendingPathComponent("out/nursery-detail.html")))
        #expect(pdfText.contains("育婴员 评分明细"))
        #expect(pdfText.contains("(70.45)"))
        // A competitor's lines are never split by a page break: each name (选手NNN, on every
        // line of its competitor) printed on a page is printed there as often as in the whole sheet.
        let detail = try Printing.pdf(folder.appendingPathComponent("out/nursery-detail.html"))
        let pages = try Printing.info(detail).pages
        #expect(pages > 1)
        func names(_ text: String) -> [String: Int] {
            text.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("选手") }
                .reduce(into: [:]) { $0[String($1), default: 0] += 1 }
        }
        let whole = names(try Printing.text(detail))
        #expect(whole["选手1"] == 2, "a theory and a practical line")
        for page in 1...pages {
            let text = try Printing.text(detail, page: page)
            let here = names(text)
            // The last page may hold only the signatures.
            guard !here.isEmpty else { continue }
            #expect(text.contains("参赛号") && text.contains("总成绩"), "the header row on page \(page)")
            for (name, count) in here { #expect(count == whole[name], "\(name) split at page \(page)") }
        }
        let book = try Printing.xlsx(folder.appendingPathComponent("out/nursery-detail.xlsx"))
        let cells = try #require(book["cells"] as? [String: [String: Any]])
        let struck = cells.values.filter { $0["strike"] as? Bool == true }
        #expect(!struck.isEmpty)
        #expect(struck.allSatisfy { $0["format"] as? String == "0.00" })
    }

    @Test func htmlEscapesWhatPeopleTyped() throws {
        let folder = try Self.loadedFolder()
        try Self.succeed(["results", "export", "--out", "out", "--format", "html"], in: folder)
        let html = String(
            decoding: try folder.appendingPathComponent("out").contents(of: "nursery.html"), as: UTF8.self)
        #expect(html.contains("王&lt;五&gt;&amp;&quot;六&quot;"))
        #expect(!html.contains("<五>"))
        #expect(html.contains("2026年&lt;文档&gt;测试赛 &amp; 复赛"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"), "self-contained: nothing fetched")
    }

    @Test func pinSlipsHoldEveryPINAndTheScreenShowsNone() throws {
        let folder = try Self.loadedFolder()
        let outcome = try Self.succeed(["judges", "credentials", "--slips", "slips.html"], in: folder)
        #expect(outcome.stdout.contains("wrote 7 PIN slips to slips.html"))
        #expect(outcome.stdout.range(of: #"\d{8}"#, options: .regularExpression) == nil, "no PIN on the screen")
        let path = folder.appendingPathComponent("slips.html").path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let html = String(decoding: try folder.contents(of: "slips.html"), as: UTF8.self)
        #expect(html.components(separatedBy: "<div class=\"slip\">").count == 8)
        // The chief judge's slip carries the PIN that works.
        let chief = try #require(html.components(separatedBy: "<div class=\"slip\">").first { $0.contains(">C1<") })
        let pin = try #require(chief.range(of: #"\d{8}"#, options: .regularExpression).map { String(chief[$0]) })
        let wrong = try JudgeProcess.run(
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder,
            environment: ["JUDGE_PIN": pin == "00000000" ? "11111111" : "00000000"])
        #expect(wrong.status != 0)
        try Self.succeed(
            ["lock", "--trade", "nursery", "--round", "theory", "--chief", "C1"], in: folder,
            environment: ["JUDGE_PIN": pin])
        let text = try Printing.text(try Printing.pdf(folder.appendingPathComponent("slips.html")))
        #expect(text.contains(pin))
        #expect(text.contains("签收人"))
        // An existing file is refused before any PIN is issued.
        let again = try JudgeProcess.run(
            ["judges", "credentials", "--judge", "J1", "--chief", "C1", "--slips", "slips.html"], in: folder,
            environment: ["JUDGE_PIN": pin])
        #expect(again.status != 0)
        #expect(again.stderr.contains("--slips slips.html: the file exists"))
    }

    @Test func theJudgesReportHasARowAndAPlotPerJudge() throws {
        let folder = try Self.loadedFolder()
        let outcome = try Self.succeed(["report", "judges", "--trade", "nursery", "--out", "rep"], in: folder)
        #expect(outcome.stdout.contains("rep/nursery-judges.html"))
        // Every judge's marks, not published: the owner's only.
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent("rep/nursery-judges.html").path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "\(String(mode ?? 0, radix: 8))")
        let html = String(
            decoding: try folder.appendingPathComponent("rep").contents(of: "nursery-judges.html"), as: UTF8.self)
        #expect(html.components(separatedBy: "<svg").count == 3, "totals and one round's deviations")
        let text = try Printing.text(try Printing.pdf(folder.appendingPathComponent("rep/nursery-judges.html")))
        #expect(text.contains("育婴员 裁判评分一致性报告"))
        for judge in ["J1 王芳", "J2 李明", "J3 赵强", "J4 孙丽", "J5 钱进"] {
            let parts = judge.split(separator: " ")
            #expect(text.contains(parts[0]) && text.contains(parts[1]), "\(judge)")
        }
        // 149 competitors marked by all five judges.
        #expect(text.contains("149 名选手"))
        // The round's heading and its plot share a page.
        let pdf = try Printing.pdf(folder.appendingPathComponent("rep/nursery-judges.html"))
        for page in 1...(try Printing.info(pdf).pages) {
            let text = try Printing.text(pdf, page: page)
            #expect(text.contains("（满分 ") == text.contains("裁判评分 − 环节成绩（分）"), "page \(page)")
        }
        #expect(html.contains("<section class=\"keep\">"))
        let unknown = try JudgeProcess.run(["report", "judges", "--trade", "nope", "--out", "rep2"], in: folder)
        #expect(unknown.stderr.contains(#"--trade "nope": no trade has this id or name"#))
    }

    @Test func theOrganizerAndContactArePartOfTheAuditedDefinition() throws {
        let folder = try Self.loadedFolder()
        #expect(try Self.succeed(["audit", "verify"], in: folder).stdout.contains("audit: OK"))
        let edit = try Printing.run(
            "/usr/bin/env",
            [
                "sqlite3", folder.appendingPathComponent("judge.sqlite").path,
                "UPDATE document_settings SET contact = '别处'",
            ])
        #expect(edit.status == 0, "sqlite3: \(edit.stderr)")
        let verify = try JudgeProcess.run(["audit", "verify"], in: folder)
        #expect(verify.status != 0)
        #expect(verify.stdout.contains("definition") || verify.stderr.contains("definition"))
    }

    @Test func aProvisionalExportSaysSoAndGivesWayToTheFinalOne() throws {
        let folder = try temporaryFolder()
        let marks = try String(contentsOfFile: JudgeProcess.fixture("documents/marks.csv"), encoding: .utf8)
        var lines = marks.split(separator: "\n").map(String.init)
        let held = lines.remove(at: 2)  // 001's first practical mark
        try folder.write(lines.joined(separator: "\n") + "\n", to: "marks.csv")
        try folder.write("number,round,judge,score\n" + held + "\n", to: "late.csv")
        for step in [
            ["init", "--config", JudgeProcess.fixture("documents/competition.yaml")],
            ["roster", "import", JudgeProcess.fixture("documents/roster.csv")], ["score", "import", "marks.csv"],
            ["results", "export", "--out", "out", "--format", "csv,html", "--provisional"],
        ] {
            try Self.succeed(step, in: folder)
        }
        let out = folder.appendingPathComponent("out")
        let provisional = String(decoding: try out.contents(of: "nursery-provisional.html"), as: UTF8.self)
        #expect(provisional.contains("育婴员 成绩表（暂定）"))
        #expect(provisional.contains("尚有 1 项评分未录入"))
        try Self.succeed(["score", "import", "late.csv"], in: folder)
        try Self.succeed(["results", "export", "--out", "out", "--format", "csv,html"], in: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            files == ["nursery-detail.html", "nursery.csv", "nursery.html"],
            "no provisional file left beside the final one")
    }
}
