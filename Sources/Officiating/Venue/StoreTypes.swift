public import ScoreStore

// What the use cases return, as the doors name them: the store's plain values (their API names
// no GRDB type) that still live in ScoreStore, aliased here. The ones that need nothing of the
// store live in StoreValues, below both, and the doors import that target instead
// (Appeal, AuditEntry, EnteredMark, ImportSummary, LocalTime, Publication, RoundLock, ...); the
// rest move there as they get initializers the store can call. Every ScoreStore type that Officiating's public API names is
// here, and nothing public takes a `ScoreDatabase` (OfficiatingSurfaceTests). A file whose
// public signature names one still needs `public import ScoreStore`: Swift checks it per file.
public typealias AuditPin = ScoreStore.AuditPin
public typealias AuditVerification = ScoreStore.AuditVerification
public typealias CompetitorDetail = ScoreStore.CompetitorDetail
public typealias CompetitorEdit = ScoreStore.CompetitorEdit
public typealias CompetitorEditResult = ScoreStore.CompetitorEditResult
public typealias ReplacedDatabase = ScoreStore.ReplacedDatabase
public typealias SpreadReview = ScoreStore.SpreadReview
