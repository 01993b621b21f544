import Foundation
import Hummingbird
import HummingbirdTesting
import Officiating
import ScoringCore
import Service
import Synchronization

@testable import ScoreStore

/// A competition on a real file (the service opens a pool): nursery, theory (T1 alone) and
/// practical (criteria prep and skill, 3 judges of J1–J4); J1 shares competitor 1's unit
/// (recused); C1 is the chief judge; competitor 3 is absent. Every judge holds a PIN.
struct ServiceFixture {
    static let competition: Competition = {
        var competition = Competition(
            id: "serve-test", name: "服务测试",
            trades: [Trade(id: "nursery", name: "育婴员")],
            rounds: [
                Round(
                    id: "theory", name: "理论知识", max: Points(whole: 100), weight: Points(whole: 30),
                    aggregate: .single, judges: 1),
                Round(
                    id: "practical", name: "实际操作", max: Points(whole: 100), weight: Points(whole: 70),
                    aggregate: .mean, judges: 3,
                    criteria: [
                        Criterion(id: "prep", name: "操作准备", max: Points(whole: 40)),
                        Criterion(id: "skill", name: "操作技能", max: Points(whole: 60)),
                    ]),
            ],
            judges: [
                Judge(id: "T1", name: "阅卷组", unit: "鉴定中心"), Judge(id: "J1", name: "王芳", unit: "甲公司"),
                Judge(id: "J2", name: "李明", unit: "区总工会"), Judge(id: "J3", name: "赵强", unit: "区人社局"),
                Judge(id: "J4", name: "孙丽", unit: "区妇联"), Judge(id: "C1", name: "周建国", unit: "区人社局", chief: true),
            ],
            tieBreak: [.round("practical")],
            prizes: [PrizeTier(name: "一等奖", quota: .count(1), title: "工匠")])
        competition.panels = [
            Panel(trade: "nursery", round: "theory", judges: ["T1"]),
            Panel(trade: "nursery", round: "practical", judges: ["J1", "J2", "J3", "J4"]),
        ]
        return competition
    }()

    let folder: URL
    let path: String
    let store: ScoreDatabase
    let pins: [String: String]

    /// `maxSpread` sets the practical round's `max_spread`, so that marks apart are flagged;
    /// `panelJudges` more practical judges, P01, P02, …, without PINs: `openSessions` signs them in.
    init(extraCompetitors: Int = 0, maxSpread: Points? = nil, panelJudges: Int = 0) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("judge.sqlite").path
        // Issuing six PINs costs six PBKDF2 runs (seconds in a debug build): once per shape.
        let template = try Self.template(
            extraCompetitors: extraCompetitors, maxSpread: maxSpread, panelJudges: panelJudges)
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        pins = template.pins
        store = try ScoreDatabase.openPool(path: path)
    }

    /// The competition with `panelJudges` more judges on the practical panel.
    static func competition(panelJudges: Int) -> Competition {
        var competition = competition
        let more = (0..<panelJudges).map { index in
            Judge(id: JudgeID(String(format: "P%02d", index + 1)), name: "评委\(index + 1)", unit: "评审组")
        }
        competition.judges += more
        competition.panels[1].judges += more.map(\.id)
        return competition
    }

    /// A session for each judge, as a sign-in with the right PIN opens it (without its PBKDF2
    /// check, a second of a debug build each): the cookie and CSRF token a tablet would hold.
    func openSessions(_ judges: [String]) throws -> [(judge: String, cookie: String, csrf: String)] {
        try judges.enumerated().map { index, judge in
            let (token, csrf) = ("bench-\(index)-\(UUID().uuidString)", "csrf-\(UUID().uuidString)")
            try store.openWebSession(judge: JudgeID(judge), token: token, csrf: csrf, lifetime: 3600)
            return (judge, "judge_session=\(token)", csrf)
        }
    }

    private static let templates = Mutex<[String: (path: String, pins: [String: String])]>([:])

    private static func template(extraCompetitors: Int, maxSpread: Points?, panelJudges: Int) throws -> (
        path: String, pins: [String: String]
    ) {
        try templates.withLock { templates in
            let shape = "\(extraCompetitors) \(maxSpread?.description ?? "-") \(panelJudges)"
            if let made = templates[shape] { return made }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("template.sqlite").path
            let setup = try ScoreDatabase.create(path: path)
            var competition = Self.competition(panelJudges: panelJudges)
            competition.rounds[1].maxSpread = maxSpread
            try setup.saveCompetition(competition, by: "test")
            let roster =
                ([
                    RosterRow(line: 2, number: "001", name: "张三", unit: "甲公司", trade: "nursery"),
                    RosterRow(line: 3, number: "002", name: "李四", unit: "乙公司", trade: "nursery"),
                    RosterRow(line: 4, number: "003", name: "王五", unit: "丙公司", trade: "nursery", status: "absent"),
                ] as [RosterRow])
                + (0..<extraCompetitors).map { index in
                    RosterRow(
                        line: 5 + index, number: String(format: "%03d", 101 + index), name: "选手\(index + 1)",
                        unit: "单位\(index % 30)", trade: "nursery")
                }
            var rows = roster.makeIterator()
            _ = try setup.importRoster(file: "roster.csv", clerk: "test", nextRow: { rows.next() })
            var pins: [String: String] = [:]
            for issued in try setup.issueCredentials(to: competition.judges.map(\.id), issuer: "test") {
                pins[issued.judge.id.rawValue] = issued.pin
            }
            // Folded into the file: a copy needs no -wal beside it.
            try setup.close()
            templates[shape] = (path, pins)
            return (path, pins)
        }
    }

    /// Every mark the locks need but the ones a test enters itself.
    func importMarks(_ marks: [(String, String, String, String, String)]) throws {
        var rows = marks.enumerated().map { index, mark in
            MarkRow(line: index + 2, number: mark.0, round: mark.1, judge: mark.2, score: mark.3, criterion: mark.4)
        }.makeIterator()
        _ = try store.importMarks(file: "marks.csv", clerk: "clerk", replace: false, nextRow: { rows.next() })
    }

    func service() -> JudgeService { JudgeService(venue: Venue(store: store, path: path)) }

    /// What the database holds that a refusal must not change: every mark, its history, the locks.
    func snapshot() throws -> [String] {
        return try store.marks().map {
            "\($0.number) \($0.round) \($0.judge) \($0.criterion?.rawValue ?? "-") \($0.value)"
        }
        .sorted() + (try store.roundLocks().map { "lock \($0.trade) \($0.round)" })
    }

    /// The kinds of the audit records after `seq`.
    func auditKinds(after seq: Int64) throws -> [String] {
        try ScoreDatabase(path: path, readOnly: true).auditKinds(after: seq)
    }
}

/// A signed-in tablet: its cookie and CSRF token.
struct Tablet {
    let cookie: String
    let csrf: String

    func headers(csrf: String? = nil, origin: String? = nil) -> HTTPFields {
        var headers = HTTPFields()
        headers[.cookie] = cookie
        headers[.contentType] = "application/json"
        headers[.init("X-CSRF-Token")!] = csrf ?? self.csrf
        if let origin { headers[.origin] = origin }
        return headers
    }
}

extension TestClientProtocol {
    func signIn(_ judge: String, pin: String) async throws -> Tablet {
        let response = try await execute(
            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
            body: json(["judge": judge, "pin": pin]))
        guard response.status == .ok else { throw FixtureError("sign-in of \(judge): \(response.status)") }
        let cookie = response.headers[.setCookie]?.split(separator: ";").first.map(String.init) ?? ""
        let body = try object(response.body)
        return Tablet(cookie: cookie, csrf: body["csrf"] as? String ?? "")
    }

    func putMark(_ tablet: Tablet, _ fields: [String: Any], headers: HTTPFields? = nil) async throws -> TestResponse {
        try await execute(
            uri: "/api/v1/marks", method: .put, headers: headers ?? tablet.headers(), body: json(fields))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func json(_ object: Any) -> ByteBuffer {
    ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
}

func object(_ body: ByteBuffer) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] ?? [:]
}

/// The `error` of an error body: code, message, field.
func apiError(_ body: ByteBuffer) throws -> (code: String, message: String, field: String?) {
    let error = try object(body)["error"] as? [String: Any] ?? [:]
    return (error["code"] as? String ?? "", error["message"] as? String ?? "", error["field"] as? String)
}

extension String {
    var isChinese: Bool { unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
}
