import Messages
import ScoreStore
public import ScoringCore

/// A signed-in judge enters or changes one of their own marks, through the same store work as
/// `judge score enter` (same checks, same audit records), with a `request_id` that makes a
/// resend answer the first answer instead of storing again. Marks arriving together share a
/// commit (`MarkCommits`); each is answered only once its commit is on disk. The checks and
/// reads before it run on the door's store threads; the wait for the commit holds none.
public struct JudgeMarkEntry: Sendable {
    public struct Request: Sendable {
        public var number: String?
        public var round: String?
        public var criterion: String?
        public var score: String?
        public var requestID: String?

        public init(number: String?, round: String?, criterion: String?, score: String?, requestID: String?) {
            self.number = number
            self.round = round
            self.criterion = criterion
            self.score = score
            self.requestID = requestID
        }
    }

    let store: ScoreDatabase
    /// One per service: the marks of all its judges are grouped into shared commits.
    let commits: MarkCommits

    public init(venue: Venue) {
        store = venue.store
        commits = MarkCommits(store: venue.store)
    }

    public func enter(
        _ request: Request, by judge: Judge, on threads: some StoreThreads, stages: MarkStages? = nil
    ) async throws -> OwnMark {
        let prepared = try await threads.run {
            stages?.note(.markThread)
            return try prepare(request, by: judge)
        }
        stages?.note(.looked)
        let mark: TypedMark
        switch prepared {
        case .answered(let answered): return answered
        case .storing(let storing): mark = storing
        }
        do {
            let entered = try await commits.enter(mark, stages: stages)
            stages?.note(.woken)
            return OwnMark(
                number: entered.number, round: entered.round.id, judge: judge.id, criterion: entered.criterion?.id,
                value: entered.value, previous: entered.replaced)
        } catch let refusal as Refusal {
            throw Self.forTheWeb(refusal)
        } catch {
            // The same request sent twice at once: the second one's row clashed with the first's.
            guard let web = mark.request, let answered = try await threads.run({ try answered(web) }) else {
                throw error
            }
            return answered
        }
    }

    /// A request answered before, or the mark to store: what `enter` can tell before the commit.
    private enum Prepared: Sendable {
        case answered(OwnMark)
        case storing(TypedMark)
    }

    /// The request's checks, against the definition and the stored request ids and competitor.
    private func prepare(_ request: Request, by judge: Judge) throws -> Prepared {
        let number = try Self.required(request.number, .number)
        let roundID = try Self.required(request.round, .round)
        let score = try Self.required(request.score, .score)
        let requestID = try Self.required(request.requestID, .requestID)
        guard requestID.count <= 100 else { throw Refusal(.missingField, at: .field(.requestID)) }
        let criterionID = request.criterion?.trimmingCharacters(in: .whitespaces) ?? ""
        let round: Round
        let value: Points
        do {
            (round, value) = try Self.resolve(roundID, criterionID, score, in: store.servedCompetition())
        } catch {
            // The definition read earlier refused it: the stored one has the last word (the
            // mark's transaction checks an accepted one against it too).
            (round, value) = try Self.resolve(roundID, criterionID, score, in: store.competition())
        }
        let sent = [number, round.id.rawValue, criterionID, "\(value.hundredths)"].joined(separator: "\u{1F}")
        let web = WebMarkRequest(judge: judge.id, requestID: requestID, sent: sent)
        if let answered = try answered(web) { return .answered(answered) }
        guard let competitor = try store.competitor(number: CompetitorNumber(number)) else {
            throw Refusal(.unknownCompetitor, at: .field(.number), ["value": number])
        }
        try TabletMarkRule.check(competitor, in: round) {
            try store.admissions().first { $0.trade.id == competitor.trade }
        }
        let row = MarkRow(
            line: 0, number: number, round: round.id.rawValue, judge: judge.id.rawValue, score: score,
            criterion: criterionID)
        return .storing(
            TypedMark(row: row, clerk: judge.id.rawValue, replace: true, authenticated: .judgePIN, request: web))
    }

    /// The round asked for and the score read against its (or its criterion's) maximum.
    private static func resolve(_ roundID: String, _ criterionID: String, _ score: String, in competition: Competition)
        throws -> (Round, Points)
    {
        guard let round = competition.round(RoundID(roundID)) else {
            let known = competition.rounds.map(\.id.rawValue)
            throw Refusal(
                .unknownRound, at: .field(.round), ["value": roundID, "known": known.joined(separator: ", ")])
        }
        let max: Points
        if round.criteria.isEmpty {
            guard criterionID.isEmpty else {
                throw Refusal(.noCriteria, at: .field(.criterion), ["value": criterionID, "round": roundID])
            }
            max = round.max
        } else {
            guard !criterionID.isEmpty else { throw Refusal(.missingField, at: .field(.criterion)) }
            guard let criterion = round.criteria.first(where: { $0.id.rawValue == criterionID }) else {
                let known = round.criteria.map(\.id.rawValue).joined(separator: ", ")
                throw Refusal(
                    .unknownCriterion, at: .field(.criterion), ["value": criterionID, "round": roundID, "known": known])
            }
            max = criterion.max
        }
        do {
            return (round, try Points(parsingMark: score, max: max))
        } catch {
            throw Refusal(error, at: .field(.score))
        }
    }

    /// The answer to an earlier request with this id, or a refusal when it asked something else.
    private func answered(_ request: WebMarkRequest) throws -> OwnMark? {
        guard let answered = try store.answeredMarkRequest(judge: request.judge, requestID: request.requestID)
        else { return nil }
        guard answered.sent == request.sent else { throw Refusal(.requestReused, at: .field(.requestID)) }
        return OwnMark(
            number: answered.number, round: answered.round, judge: request.judge, criterion: answered.criterion,
            value: answered.value, previous: answered.previous)
    }

    private static func required(_ value: String?, _ field: Field) throws -> String {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw Refusal(.missingField, at: .field(field))
        }
        return value
    }

    /// The store's refusal of a row (recorded already where the CLI's is), placed at the request
    /// field instead of a file's row; a protected mark is worded for the judge, not the clerk.
    static func forTheWeb(_ refusal: Refusal) -> Refusal {
        if refusal.code == .protectedMark { return Refusal(.markProtected, at: .field(.score)) }
        var web = refusal
        if case .row(_, _, _, let field?) = refusal.place { web.place = .field(field) }
        return web
    }
}
