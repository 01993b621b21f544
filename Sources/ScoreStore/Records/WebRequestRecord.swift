import GRDB

/// One row of `web_request`: what a judge's tablet sent under its `request_id`, and the mark
/// it was answered with (hundredths; `previous` the value it replaced), at Unix seconds.
struct WebRequestRecord: Equatable {
    var judgeID: String
    var requestID: String
    var sent: String
    var number: String
    var roundID: String
    var criterionID: String?
    var hundredths: Int64
    var previous: Int64?
    var at: Int64
}

// MARK: - Database

extension WebRequestRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "web_request"

    enum Columns {
        static let judgeID = Column("judge_id")
        static let requestID = Column("request_id")
        static let sent = Column("sent")
        static let number = Column("number")
        static let roundID = Column("round_id")
        static let criterionID = Column("criterion_id")
        static let hundredths = Column("hundredths")
        static let previous = Column("previous")
        static let at = Column("at")
    }

    init(row: Row) {
        judgeID = row[Columns.judgeID]
        requestID = row[Columns.requestID]
        sent = row[Columns.sent]
        number = row[Columns.number]
        roundID = row[Columns.roundID]
        criterionID = row[Columns.criterionID]
        hundredths = row[Columns.hundredths]
        previous = row[Columns.previous]
        at = row[Columns.at]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.judgeID] = judgeID
        container[Columns.requestID] = requestID
        container[Columns.sent] = sent
        container[Columns.number] = number
        container[Columns.roundID] = roundID
        container[Columns.criterionID] = criterionID
        container[Columns.hundredths] = hundredths
        container[Columns.previous] = previous
        container[Columns.at] = at
    }
}
