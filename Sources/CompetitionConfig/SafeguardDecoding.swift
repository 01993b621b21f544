import Messages
import ScoringCore
import Yams

/// The issue-14 keys at the top: `clerks:` (who may import batches) and `notice_days_min:`
/// (the shortest notice period a publication may have).
extension Reader {
    func readSafeguards(_ top: Fields, into competition: inout Competition) throws(Refusal) {
        if let list = top.value("clerks") {
            var seen: Set<String> = []
            for item in try items(list, path: "clerks", expected: .clerkList) {
                let fields = try Fields(
                    item.node, path: item.path, allowed: ["id", "name"], expected: .clerk, reader: self)
                let id = try fields.text("id", required: .clerkID).trimmingSpaces
                guard !id.isEmpty else {
                    throw error(fields.keyPath("id"), at: fields.value("id")!, .missingKey, RequiredKey.clerkID.values)
                }
                guard !seen.contains(id) else {
                    throw error(fields.keyPath("id"), at: fields.value("id")!, .clerkTwice, ["id": id])
                }
                if competition.judge(JudgeID(id)) != nil {
                    throw error(fields.keyPath("id"), at: fields.value("id")!, .clerkIsJudge, ["id": id])
                }
                seen.insert(id)
                competition.clerks.append(Clerk(id: id, name: try fields.name("name", required: .clerkName)))
            }
            guard !competition.clerks.isEmpty else {
                throw error("clerks", at: list, .noClerksListed)
            }
        }
        if let days = try top.whole("notice_days_min") {
            guard (0...365).contains(days) else {
                throw error("notice_days_min", at: top.value("notice_days_min")!, .noticeDaysRange)
            }
            competition.noticeDaysMin = days
        }
    }
}
