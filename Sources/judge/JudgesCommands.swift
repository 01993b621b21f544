import ArgumentParser
import Foundation
import Messages
import Officiating
import ResultSheets
import ScoringCore
import StoreValues

struct Judges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judges", abstract: Phrase.helpJudges.text(), subcommands: [JudgesCredentials.self])
}

struct JudgesCredentials: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credentials",
        abstract: Phrase.abstractJudgesPINs.text(),
        discussion: Phrase.discussJudgesCredentials.template(in: .current))

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("judge"), help: ArgumentHelp(Phrase.argOnlyJudges.text(), valueName: "id"))
    var judges: [JudgeID] = []

    @Option(help: ArgumentHelp(Phrase.argPINChief.text(), valueName: "id"))
    var chief: JudgeID?

    @Option(
        help: ArgumentHelp(
            Phrase.argSlips.text(), valueName: "file.html"))
    var slips: String?

    func run() throws {
        let venue = try database.open()
        let competition = try ReadCompetition().run(in: venue)
        var slipsFile: URL?
        let issued = try IssueJudgePINs(judges: judges, chief: chief, operatorName: ClerkOption.osUser).run(
            in: venue, pin: PINEntry.read, beforeIssuing: { slipsFile = try slips.map(Self.checkedSlips) })
        let issuedAt = venue.now()
        try venue.close()
        if let slipsFile {
            try Self.writeSlips(issued, competition: competition.name, issuedAt: issuedAt, to: slipsFile)
            return
        }
        let table = TerminalTable(
            header: ["裁判", "姓名", "PIN", ""],
            rows: issued.map {
                [$0.judge.id.rawValue, $0.judge.name, $0.pin, $0.reissued ? Phrase.slipsReplacesCell.text() : ""]
            })
        print(table.render())
        print(Phrase.pinsShownOnce.text(["who": Language.current == .zh ? "裁判" : "judge"]))
    }

    /// Checked before any PIN is issued: a PIN issued but never shown would be lost.
    private static func checkedSlips(_ path: String) throws -> URL {
        let url = URL(fileURLWithPath: path)
        guard url.pathExtension.lowercased() == "html" else {
            throw Refusal(.slipsNotHTML, ["file": path])
        }
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw Refusal(.slipsExist, ["file": path])
        }
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Refusal(.slipsNoFolder, ["file": path, "folder": folder.path])
        }
        return url
    }

    private static func writeSlips(_ issued: [IssuedPIN], competition: String, issuedAt: Date, to url: URL) throws {
        let slips = PINSlips(
            competition: competition, issuedAt: LocalTime.textWithZone(issuedAt),
            slips: issued.map {
                .init(
                    judge: $0.judge.id.rawValue, name: $0.judge.name, unit: $0.judge.unit ?? "", pin: $0.pin,
                    replaces: $0.reissued)
            })
        do {
            try DocumentFile.createPrivate(slips.render(), at: url)
        } catch {
            throw Refusal(
                .slipsNotWritten,
                [
                    "file": url.relativePath, "reason": "\(error)",
                    "judges": issued.map(\.judge.id.rawValue).joined(separator: ", "),
                ])
        }
        let names = issued.map { "\($0.judge.id) \($0.judge.name)\($0.reissued ? Phrase.slipsReplaces.text() : "")" }
        print(
            Phrase.slipsWrote.text([
                "count": "\(issued.count)", "file": url.relativePath, "names": names.joined(separator: ", "),
            ]))
        print(Phrase.slipsHowTo.text())
    }
}
