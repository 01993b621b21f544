import ArgumentParser
import Foundation
import ScoreStore
import ScoringCore

struct Judges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judges", abstract: "The judges of the competition.", subcommands: [JudgesCredentials.self])
}

struct JudgesCredentials: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credentials",
        abstract: "Issue judges their PINs, printed once and stored only as a salted slow hash.",
        discussion: """
            Without --judge, every judge who has no PIN yet gets one. The operator may issue a first
            PIN; replacing a judge's PIN (a forgotten or leaked one) needs the chief judge: --chief ID
            and the chief's PIN. Once any judge has a PIN, `judge score enter` and the chief judge's
            commands ask for the judge's PIN (or read $JUDGE_PIN).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("judge"), help: ArgumentHelp("Only these judges (repeatable).", valueName: "id"))
    var judges: [String] = []

    @Option(help: ArgumentHelp("The chief judge, to replace a PIN already issued.", valueName: "id"))
    var chief: String?

    func run() throws {
        let store = try database.open()
        let competition = try store.competition()
        let holders = try store.judgesWithCredentials()
        var targets: [JudgeID]
        if judges.isEmpty {
            targets = competition.judges.map(\.id).filter { !holders.contains($0) }
            guard !targets.isEmpty else {
                throw UserError(
                    "every judge has a PIN already; to replace one, name it: --judge ID --chief ID (with the chief's PIN)"
                )
            }
        } else {
            var seen: Set<JudgeID> = []
            targets = judges.map { JudgeID($0.trimmingCharacters(in: .whitespaces)) }.filter {
                seen.insert($0).inserted
            }
            for id in targets where competition.judge(id) == nil {
                throw UserError(
                    "--judge \"\(id)\": no judge has this id; judges are \(competition.judges.map(\.id.rawValue).joined(separator: ", "))"
                )
            }
        }
        var issuer = try ClerkOption.parse([]).name
        let replacing = targets.filter(holders.contains)
        if !replacing.isEmpty {
            guard let chief else {
                throw UserError(
                    "judge \(replacing.map(\.rawValue).joined(separator: ", ")) already \(replacing.count == 1 ? "has" : "have") a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
                )
            }
            issuer = try ChiefOptions.parse(["--chief", chief]).authenticate(store, for: "judge judges credentials")
                .rawValue
        }
        let issued = try store.issueCredentials(to: targets, issuer: issuer)
        try store.close()
        let table = TerminalTable(
            header: ["裁判", "姓名", "PIN", ""],
            rows: issued.map {
                [$0.judge.id.rawValue, $0.judge.name, $0.pin, $0.reissued ? "replaces the old PIN" : ""]
            })
        print(table.render())
        print("each PIN is shown only this once: hand it to its judge; the database keeps only a salted hash")
    }
}
