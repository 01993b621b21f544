import GRDB
import Messages
import ScoringCore

/// One mark's identity, as a refusal, a query and the audit log name it.
struct MarkKey {
    let competitor: Int64
    let number: String
    let round: String
    let judge: String
    let criterion: String

    init(_ mark: EntryValidator.ResolvedMark, number: String) {
        competitor = mark.entrant.id
        self.number = number
        round = mark.round.id.rawValue
        judge = mark.judge.id.rawValue
        criterion = mark.criterion?.id.rawValue ?? ""
    }

    var arguments: StatementArguments { [competitor, round, judge, criterion] }

    var record: MarkRecord.Key {
        MarkRecord.Key(competitorID: competitor, roundID: round, judgeID: judge, criterionID: criterion)
    }

    /// As the audit log names it (English, as every audit summary).
    var what: String {
        "competitor \(number), round \(round), judge \(judge)"
            + (criterion.isEmpty ? "" : ", criterion \(criterion)")
    }

    /// The values naming this mark in a refusal.
    var values: [String: String] {
        Refusal.mark(number: number, round: round, judge: judge, criterion: criterion)
    }

    func fact(clerk: String) -> AuditFact {
        IntegrityFacts.doubleEntryFact(
            number: number, round: round, judge: judge, criterion: criterion, clerk: clerk)
    }

    /// The lead's mark fact for the stored mark.
    var markFact: AuditFact { MarkFacts.fact(number: number, round: round, judge: judge, criterion: criterion) }
}
