public import ScoreStore

// What the use cases return, as the doors name them: the store's plain values (their API names
// no GRDB type) that still live in ScoreStore, aliased here. The ones that need nothing of the
// store live in StoreValues, below both, and the doors import that target instead
// (Authentication, IgnoredMarks, ImportSummary, LocalTime, Publication); the rest move there as
// they get public initializers. Every ScoreStore type that Officiating's public API names is
// here, and nothing public takes a `ScoreDatabase` (OfficiatingSurfaceTests). A file whose
// public signature names one still needs `public import ScoreStore`: Swift checks it per file.
public typealias Appeal = ScoreStore.Appeal
public typealias AuditEntry = ScoreStore.AuditEntry
public typealias AuditPin = ScoreStore.AuditPin
public typealias AuditVerification = ScoreStore.AuditVerification
public typealias CompetitorDetail = ScoreStore.CompetitorDetail
public typealias CompetitorEdit = ScoreStore.CompetitorEdit
public typealias CompetitorEditResult = ScoreStore.CompetitorEditResult
public typealias Correction = ScoreStore.Correction
public typealias EnteredMark = ScoreStore.EnteredMark
public typealias IssuedPIN = ScoreStore.IssuedPIN
public typealias OpenDoubleEntry = ScoreStore.OpenDoubleEntry
public typealias RecusalAllowance = ScoreStore.RecusalAllowance
public typealias ReplacedDatabase = ScoreStore.ReplacedDatabase
public typealias RevertResult = ScoreStore.RevertResult
public typealias RoundLock = ScoreStore.RoundLock
public typealias ScoredCompetition = ScoreStore.ScoredCompetition
public typealias SpreadReview = ScoreStore.SpreadReview
