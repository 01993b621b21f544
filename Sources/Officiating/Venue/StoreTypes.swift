public import ScoreStore

// What the use cases return, as the doors name them. The records are the store's plain
// values; the doors read them but reach the store only through a use case.
public typealias EnteredMark = ScoreStore.EnteredMark
public typealias ImportSummary = ScoreStore.ImportSummary
public typealias IgnoredMarks = ScoreStore.IgnoredMarks
public typealias Publication = ScoreStore.Publication
public typealias Appeal = ScoreStore.Appeal
public typealias AuditEntry = ScoreStore.AuditEntry
public typealias AuditPin = ScoreStore.AuditPin
public typealias AuditVerification = ScoreStore.AuditVerification
public typealias CompetitorDetail = ScoreStore.CompetitorDetail
public typealias CompetitorEdit = ScoreStore.CompetitorEdit
public typealias CompetitorEditResult = ScoreStore.CompetitorEditResult
public typealias IssuedPIN = ScoreStore.IssuedPIN
public typealias RoundLock = ScoreStore.RoundLock
public typealias RecusalAllowance = ScoreStore.RecusalAllowance
public typealias RevertResult = ScoreStore.RevertResult
public typealias SpreadReview = ScoreStore.SpreadReview
public typealias OpenDoubleEntry = ScoreStore.OpenDoubleEntry
public typealias ScoredCompetition = ScoreStore.ScoredCompetition
public typealias LocalTime = ScoreStore.LocalTime
public typealias EntryRefusal = ScoreStore.EntryRefusal
