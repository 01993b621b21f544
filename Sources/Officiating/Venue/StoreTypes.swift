public import ScoreStore

// What the use cases return, as the doors name them: the store's plain values (their API names
// no GRDB type). They are aliased, not moved into a target below both ScoreStore and
// Officiating, because the store builds them in the same files that read its rows; moving them
// is the next step of issue 10. Every ScoreStore type that Officiating's public API names is
// here, and nothing public takes a `ScoreDatabase` (OfficiatingSurfaceTests). A file whose
// public signature names one still needs `public import ScoreStore`: Swift checks it per file.
public typealias Appeal = ScoreStore.Appeal
public typealias Authentication = ScoreStore.Authentication
public typealias AuditEntry = ScoreStore.AuditEntry
public typealias AuditPin = ScoreStore.AuditPin
public typealias AuditVerification = ScoreStore.AuditVerification
public typealias CompetitorDetail = ScoreStore.CompetitorDetail
public typealias CompetitorEdit = ScoreStore.CompetitorEdit
public typealias CompetitorEditResult = ScoreStore.CompetitorEditResult
public typealias Correction = ScoreStore.Correction
public typealias EnteredMark = ScoreStore.EnteredMark
public typealias IgnoredMarks = ScoreStore.IgnoredMarks
public typealias ImportSummary = ScoreStore.ImportSummary
public typealias IssuedPIN = ScoreStore.IssuedPIN
public typealias LocalTime = ScoreStore.LocalTime
public typealias OpenDoubleEntry = ScoreStore.OpenDoubleEntry
public typealias Publication = ScoreStore.Publication
public typealias RecusalAllowance = ScoreStore.RecusalAllowance
public typealias ReplacedDatabase = ScoreStore.ReplacedDatabase
public typealias RevertResult = ScoreStore.RevertResult
public typealias RoundLock = ScoreStore.RoundLock
public typealias ScoredCompetition = ScoreStore.ScoredCompetition
public typealias SpreadReview = ScoreStore.SpreadReview
