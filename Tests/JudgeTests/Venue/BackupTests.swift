import Foundation
import Testing

/// `judge backup`, through the executable.
struct BackupTests {
    @Test func aBackupIsACopyThatPassesAuditVerifyAndRefusesToOverwrite() throws {
        let folder = try VenueFolder.loaded()
        let backup = try VenueFolder.succeed(["backup", "copy.sqlite"], in: folder)
        #expect(backup.stdout.hasPrefix("backup written to copy.sqlite: audit OK: "), "\(backup.stdout)")
        // One private file, as the database: it holds the PIN hashes.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.hasPrefix("copy.sqlite") } == ["copy.sqlite"], "\(names)")
        let mode =
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("copy.sqlite").path)[
                .posixPermissions] as? Int
        #expect(mode == 0o600)
        try VenueFolder.refuse(
            ["backup", "nosuch/copy.sqlite"], in: folder,
            "nosuch/copy.sqlite: the folder \(folder.appendingPathComponent("nosuch").standardizedFileURL.resolvingSymlinksInPath().path) does not exist (is the USB stick plugged in?); create it or give another path"
        )
        #expect(try VenueFolder.auditVerifies(folder, database: "copy.sqlite"))
        let rank = try VenueFolder.succeed(["rank", "--db", "copy.sqlite"], in: folder).stdout
        #expect(rank == (try VenueFolder.succeed(["rank"], in: folder).stdout))

        try VenueFolder.refuse(
            ["backup", "copy.sqlite"], in: folder,
            "copy.sqlite exists already; choose another file, or --force to replace it")
        try VenueFolder.refuse(
            ["backup", "judge.sqlite"], in: folder,
            "judge.sqlite: this is the database itself (judge.sqlite); give another file for the copy")
        try VenueFolder.refuse(
            ["backup", "./sub/../judge.sqlite"], in: folder,
            "./sub/../judge.sqlite: this is the database itself (judge.sqlite); give another file for the copy")
        try FileManager.default.linkItem(
            at: folder.appendingPathComponent("judge.sqlite"), to: folder.appendingPathComponent("linked.sqlite"))
        let linked = try JudgeProcess.run(["backup", "linked.sqlite", "--force"], in: folder)
        #expect(linked.status == 1 && linked.stderr.contains("this is the database itself"))
        let copyBefore = try folder.contents(of: "copy.sqlite")
        try VenueFolder.succeed(["competitors", "edit", "3", "--status", "active", "--reason", "补报到"], in: folder)
        try VenueFolder.succeed(["backup", "copy.sqlite", "--force"], in: folder)
        #expect(try folder.contents(of: "copy.sqlite") != copyBefore)
        #expect(
            try VenueFolder.succeed(["competitors", "show", "3", "--db", "copy.sqlite"], in: folder).stdout.contains(
                "补报到"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// The copy is consistent while another process imports: all of the import or none of it.
    @Test func aBackupTakenDuringALargeImportPassesAuditVerify() throws {
        let folder = try temporaryFolder()
        let competitors = 40_000
        var roster = "number,name,unit,trade\n"
        var marks = "number,round,judge,score\n"
        for number in 1...competitors {
            roster += "\(number),选手\(number),单位\(number % 97),nursery\n"
            marks += "\(number),theory,T1,\(60 + number % 40).5\n"
        }
        try folder.write(roster, to: "roster.csv")
        try folder.write(marks, to: "marks.csv")
        try VenueFolder.succeed(["init", "--config", JudgeProcess.fixture("e2e/competition.yaml")], in: folder)
        try VenueFolder.succeed(["roster", "import", "roster.csv"], in: folder)

        let importing = Process()
        importing.executableURL = JudgeProcess.executable
        importing.arguments = ["score", "import", "marks.csv"]
        importing.currentDirectoryURL = folder
        importing.standardOutput = FileHandle.nullDevice
        importing.standardError = FileHandle.nullDevice
        try importing.run()
        // Wait until the import holds the database's write lock, so the backup runs beside it.
        var lockSeen = false
        while importing.isRunning && !lockSeen {
            lockSeen = try Self.writeLockIsTaken(folder)
        }
        #expect(lockSeen, "the import ended before the backup started")
        let backup = try JudgeProcess.run(["backup", "during.sqlite"], in: folder)
        importing.waitUntilExit()
        #expect(importing.terminationStatus == 0)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try VenueFolder.auditVerifies(folder, database: "during.sqlite"))
        let copied = try Self.count("mark", in: folder.appendingPathComponent("during.sqlite"))
        #expect(copied == 0 || copied == competitors, "a part of the import was copied: \(copied)")
        #expect(try Self.count("mark", in: folder.appendingPathComponent("judge.sqlite")) == competitors)
    }

    /// Whether another connection holds the write lock: `BEGIN IMMEDIATE` fails at once.
    static func writeLockIsTaken(_ folder: URL) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "sqlite3", folder.appendingPathComponent("judge.sqlite").path, "BEGIN IMMEDIATE; ROLLBACK;",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus != 0
    }

    static func count(_ table: String, in database: URL) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, "SELECT count(*) FROM \(table)"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}
