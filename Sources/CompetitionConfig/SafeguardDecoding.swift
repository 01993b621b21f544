import ScoringCore
import Yams

/// The issue-14 keys at the top: `clerks:` (who may import batches) and `notice_days_min:`
/// (the shortest notice period a publication may have).
extension Reader {
    func readSafeguards(_ top: Fields, into competition: inout Competition) throws(CompetitionFileError) {
        if let list = top.value("clerks") {
            var seen: Set<String> = []
            for item in try items(list, path: "clerks", expected: "a list of clerks, each { id, name }") {
                let fields = try Fields(
                    item.node, path: item.path, allowed: ["id", "name"], expected: "a clerk: { id, name }",
                    reader: self)
                let id = try fields.text("id", required: "a clerk needs an id, e.g. L1").trimmingSpaces
                guard !id.isEmpty, !seen.contains(id) else {
                    throw error(
                        fields.keyPath("id"), at: fields.value("id")!,
                        problem: id.isEmpty ? "a clerk needs an id" : "clerk id \(id) is given twice")
                }
                if competition.judge(JudgeID(id)) != nil {
                    throw error(
                        fields.keyPath("id"), at: fields.value("id")!,
                        problem: "\(id) is a judge's id; give clerks ids of their own, so an entry says who made it")
                }
                seen.insert(id)
                competition.clerks.append(
                    Clerk(id: id, name: try fields.name("name", required: "a clerk needs a name")))
            }
            guard !competition.clerks.isEmpty else {
                throw error("clerks", at: list, problem: "list at least one clerk, or leave clerks out")
            }
        }
        if let days = try top.whole("notice_days_min") {
            guard (0...365).contains(days) else {
                throw error(
                    "notice_days_min", at: top.value("notice_days_min")!,
                    problem: "the minimum notice period is a whole number of days from 0 to 365")
            }
            competition.noticeDaysMin = days
        }
    }
}
