/// Every refusal there is, once. The raw value is the stable code the service returns
/// (API.md): never change one.
///
/// How the catalog is laid out: this file is the list of codes; the Chinese and English text of
/// each code is in the table of its concern, `RefusalCode+<Concern>.swift`, named in the comment
/// above each run of codes (a new concern's table is listed in `RefusalCode+Catalog.swift`). To
/// add a code, add its case at the end of its concern's run here and its two texts to that
/// table. `RefusalCatalogTests` fails until every code has text in both languages in exactly one
/// table: Swift cannot spread one exhaustive switch over files, so a test over `allCases` is the
/// check. The order here is the order of `Fixtures/messages/refusals.txt`.
///
/// In a text, `{name}` is a value; `[…]` is said only when its values are given; `{field}` is
/// the noun of the place's field; `{s}` is the English plural ending. The value at fault
/// (`{value}`) is shown by the door beside the place, so most texts do not name it.
public enum RefusalCode: String, CaseIterable, Sendable {
    // A mark as typed: RefusalCode+Typing.swift
    case missingField = "missing_field"
    case notANumber = "not_a_number"
    case tooManyPlaces = "too_many_places"
    case negative
    case tooLarge = "too_large"
    case aboveMaximum = "above_maximum"

    // Names looked up in the competition and the roster: RefusalCode+Lookup.swift
    case unknownCompetitor = "unknown_competitor"
    case unknownTrade = "unknown_trade"
    case unknownRound = "unknown_round"
    case unknownJudge = "unknown_judge"
    case unknownCriterion = "unknown_criterion"
    case ambiguousName = "ambiguous_name"
    case ambiguousCriterion = "ambiguous_criterion"
    case criterionRequired = "criterion_required"
    case noCriteria = "no_criteria"
    case unknownStatus = "unknown_status"
    case unknownClerk = "unknown_clerk"
    case reasonRequired = "reason_required"
    case notATime = "not_a_time"

    // Who may mark whom: RefusalCode+Panel.swift
    case notInPanel = "not_in_panel"
    case recused
    case tooManyJudges = "too_many_judges"
    case roundLocked = "round_locked"
    case timeLocked = "time_locked"
    case tradeClosedToEntries = "trade_closed_to_entries"
    case revertLocked = "revert_locked"

    // Sign-off: RefusalCode+SignOff.swift
    case blocked
    case alreadyLocked = "already_locked"
    case notLocked = "not_locked"
    case noSuchMark = "no_such_mark"
    case markUnchanged = "mark_unchanged"
    case notFlagged = "not_flagged"
    case alreadyConfirmed = "already_confirmed"
    case tradeFinal = "trade_final"

    // The database file: RefusalCode+Database.swift
    case noDatabase = "no_database"
    case noCompetition = "no_competition"
    case alreadyHasCompetition = "already_has_competition"
    case invalidCompetition = "invalid_competition"
    case notUpToDate = "not_up_to_date"
    case cannotUpgrade = "cannot_upgrade"
    case cannotCreateDatabase = "cannot_create_database"
    case backupNotWritten = "backup_not_written"
    case auditBroken = "audit_broken"

    // Recusal and a chief judge's own marks: RefusalCode+Recusal.swift
    case ownRecusal = "own_recusal"
    case ownFlag = "own_flag"
    case notSameUnit = "not_same_unit"
    case recusalAllowedAlready = "recusal_allowed_already"

    // A value given twice or already there: RefusalCode+Repeated.swift
    case givenTwice = "given_twice"
    case alreadyStored = "already_stored"
    case timeGivenTwice = "time_given_twice"
    case timeAlreadyStored = "time_already_stored"
    case protectedMark = "protected_mark"
    case numberGivenTwice = "number_given_twice"
    case numberTaken = "number_taken"

    // Double entry: RefusalCode+DoubleEntry.swift
    case doubleEntryNeedsPIN = "double_entry_needs_pin"
    case doubleEntryConfirmed = "double_entry_confirmed"
    case doubleEntrySameClerk = "double_entry_same_clerk"
    case notDoubleEntry = "not_double_entry"
    case nothingToResolve = "nothing_to_resolve"
    case oneEntryOnly = "one_entry_only"

    // Reading a CSV file: RefusalCode+CSVFile.swift
    case cannotRead = "cannot_read"
    case notARegularFile = "not_a_regular_file"
    case workbookNotCSV = "workbook_not_csv"
    case utf16NotCSV = "utf16_not_csv"
    case notUTF8OrGB18030 = "not_utf8_or_gb18030"
    case endsInsideCharacter = "ends_inside_character"
    case noGB18030 = "no_gb18030"
    case cannotConvert = "cannot_convert"
    case emptyFile = "empty_file"
    case invalidUTF8 = "invalid_utf8"
    case textAfterQuote = "text_after_quote"
    case unterminatedQuote = "unterminated_quote"
    case fileChanged = "file_changed"
    case wrongFieldCount = "wrong_field_count"
    case valueInUnnamedColumn = "value_in_unnamed_column"
    case unknownColumn = "unknown_column"
    case repeatedColumn = "repeated_column"
    case emptyColumnName = "empty_column_name"
    case fullWidthCommas = "full_width_commas"
    case tabSeparated = "tab_separated"
    case missingColumn = "missing_column"
    case forbiddenCharacter = "forbidden_character"
    case textTooLong = "text_too_long"
    case rowsRefused = "rows_refused"
    case moreRefused = "more_refused"

    // PINs: RefusalCode+Credentials.swift
    case noCredential = "no_credential"
    case pinRequired = "pin_required"
    case wrongPIN = "wrong_pin"
    case lockedOut = "locked_out"
    case clerkNoCredential = "clerk_no_credential"
    case clerkPINRequired = "clerk_pin_required"
    case clerkWrongPIN = "clerk_wrong_pin"
    case clerkLockedOut = "clerk_locked_out"

    // The command line's own checks: RefusalCode+Desk.swift
    case unknownChief = "unknown_chief"
    case notChief = "not_chief"
    case notChiefNoneNamed = "not_chief_none_named"
    case clerkRequired = "clerk_required"
    case nothingToChange = "nothing_to_change"

    // Publication and export: RefusalCode+Publication.swift
    case roundsNotLocked = "rounds_not_locked"
    case marksMissingToPublish = "marks_missing_to_publish"
    case marksMissingToExport = "marks_missing_to_export"
    case flagsNotConfirmed = "flags_not_confirmed"
    case noticeTooShort = "notice_too_short"
    case publishedFileExists = "published_file_exists"

    // PINs: RefusalCode+Credentials.swift
    case everyJudgeHasPIN = "every_judge_has_pin"
    case pinReplaceNeedsChief = "pin_replace_needs_chief"
    case pinsReplaceNeedChief = "pins_replace_need_chief"
    case noClerksDeclared = "no_clerks_declared"
    case everyClerkHasPIN = "every_clerk_has_pin"

    // The command line's own checks: RefusalCode+Desk.swift
    case badAuditPin = "bad_audit_pin"

    // The database file: RefusalCode+Database.swift
    case cannotKeepOld = "cannot_keep_old"
    case cannotMoveNew = "cannot_move_new"
    case replacingNeedsChief = "replacing_needs_chief"

    // Backup: RefusalCode+Backup.swift
    case backupIsDatabase = "backup_is_database"
    case backupIsPartOfDatabase = "backup_is_part_of_database"
    case backupIsFolder = "backup_is_folder"
    case backupExists = "backup_exists"
    case backupNoFolder = "backup_no_folder"
    case backupFailsAudit = "backup_fails_audit"

    // Publication and export: RefusalCode+Publication.swift
    case notPublished = "not_published"

    // Appeals: RefusalCode+Appeals.swift
    case appealsNeedPublication = "appeals_need_publication"
    case appealsClosedFinal = "appeals_closed_final"
    case appealsClosedNotice = "appeals_closed_notice"
    case competitorNotInTrade = "competitor_not_in_trade"
    case unknownAppeal = "unknown_appeal"
    case appealResolvedAlready = "appeal_resolved_already"
    case rulingRequired = "ruling_required"

    // Publication and export: RefusalCode+Publication.swift
    case publishedFinal = "published_final"
    case publishedMeanwhile = "published_meanwhile"
    case finalNeedsPublication = "final_needs_publication"
    case finalAlready = "final_already"
    case cannotMakeFinal = "cannot_make_final"
    case marksChangedDuringExport = "marks_changed_during_export"

    // The command line's own checks: RefusalCode+Desk.swift
    case noBundle = "no_bundle"

    // PINs: RefusalCode+Credentials.swift
    case slipsNotHTML = "slips_not_html"
    case slipsExist = "slips_exist"
    case slipsNoFolder = "slips_no_folder"
    case slipsNotWritten = "slips_not_written"

    // The command line's own checks: RefusalCode+Desk.swift
    case unknownLanguage = "unknown_language"

    // The service's doors (API.md): RefusalCode+Service.swift
    case csrf
    /// A sign-in at the service that does not say whether the id or the PIN was wrong; sent as `wrong_pin`.
    case signInRefused = "sign_in_refused"
    case badOrigin = "bad_origin"
    case notSignedIn = "not_signed_in"
    case notAdmitted = "not_admitted"
    case notActive = "not_active"
    case doubleEntryRound = "double_entry_round"
    case markProtected = "mark_protected"
    case requestReused = "request_reused"
    case malformedJSON = "malformed_json"
    case bodyTooLarge = "body_too_large"
    case notFound = "not_found"

    // An option's value judge refuses: RefusalCode+Options.swift
    case unknownTimeZone = "unknown_time_zone"
    case unknownFormat = "unknown_format"
    case formatGivenTwice = "format_given_twice"
    case negativeNoticeDays = "negative_notice_days"
    case outRequired = "out_required"
    case portOutOfRange = "port_out_of_range"

    // The competition file: RefusalCode+CompetitionFile.swift
    case competitionFileUnreadable = "competition_file_unreadable"
    case competitionFileTooLarge = "competition_file_too_large"
    case competitionFileNotUTF8 = "competition_file_not_utf8"
    case competitionFileEmpty = "competition_file_empty"
    case notYAML = "not_yaml"
    case tooManyValues = "too_many_values"
    case listTooLong = "list_too_long"
    case expectedShape = "expected_shape"
    case numberTooLarge = "number_too_large"
    case unknownKey = "unknown_key"
    case keyNotText = "key_not_text"
    case repeatedKey = "repeated_key"
    case missingKey = "missing_key"
    case unknownMethod = "unknown_method"
    case trimWithoutTrimmedMean = "trim_without_trimmed_mean"
    case qualifyCutMissing = "qualify_cut_missing"
    case qualifyCutTwice = "qualify_cut_twice"
    case unknownRounding = "unknown_rounding"
    case timeNeedsRound = "time_needs_round"
    case badTieBreak = "bad_tie_break"
    case prizeQuotaMissing = "prize_quota_missing"
    case prizeQuotaTwice = "prize_quota_twice"
    case tooManySignatures = "too_many_signatures"
    case signatureTwice = "signature_twice"
    case blankLine = "blank_line"
    case lineBreak = "line_break"
    case clerkTwice = "clerk_twice"
    case clerkIsJudge = "clerk_is_judge"
    case noClerksListed = "no_clerks_listed"
    case noticeDaysRange = "notice_days_range"

    // The competition's rules, checked at load: RefusalCode+CompetitionRules.swift
    case idCharacters = "id_characters"
    case idRequired = "id_required"
    case idRepeats = "id_repeats"
    case noTrades = "no_trades"
    case noRounds = "no_rounds"
    case weightsSum = "weights_sum"
    case roundMaxNotPositive = "round_max_not_positive"
    case weightNegative = "weight_negative"
    case trimNegative = "trim_negative"
    case singleTakesOneMark = "single_takes_one_mark"
    case tooFewJudges = "too_few_judges"
    case criterionMaxNotPositive = "criterion_max_not_positive"
    case criteriaSum = "criteria_sum"
    case spreadAboveMax = "spread_above_max"
    case spreadWithOneMark = "spread_with_one_mark"
    case qualifyNotEarlier = "qualify_not_earlier"
    case topBelowOne = "top_below_one"
    case countNegative = "count_negative"
    case percentOutOfRange = "percent_out_of_range"
    case panelRepeats = "panel_repeats"
    case panelWithoutJudges = "panel_without_judges"
    case judgeTwiceInPanel = "judge_twice_in_panel"
    case panelTooSmall = "panel_too_small"
    case noPanel = "no_panel"

    // Reverting a batch: RefusalCode+Revert.swift
    case unknownBatch = "unknown_batch"
    case batchRevertedAlready = "batch_reverted_already"
    case batchNotRevertable = "batch_not_revertable"
    case batchHoldsDoubleEntry = "batch_holds_double_entry"
    case batchHoldsJudgeMarks = "batch_holds_judge_marks"
    case rosterRevertClosed = "roster_revert_closed"
    case rosterRevertPublished = "roster_revert_published"
    case rosterRevertHeld = "roster_revert_held"
    case revertMarkChanged = "revert_mark_changed"
    case revertTimeChanged = "revert_time_changed"

    // Editing a competitor: RefusalCode+RosterEdit.swift
    case competitorUnchanged = "competitor_unchanged"
    case tradeChangeWithEntries = "trade_change_with_entries"
    case moveIntoClosedTrade = "move_into_closed_trade"
    case statusChangeNeedsChief = "status_change_needs_chief"
    case unitChangeNeedsChief = "unit_change_needs_chief"
    case publishedTradeChange = "published_trade_change"

    // The argument parser's own usage errors, read back from its English: RefusalCode+Parsing.swift
    case missingArgument = "missing_argument"
    case missingValue = "missing_value"
    case unknownOption = "unknown_option"
    case unknownCommand = "unknown_command"
    case unexpectedArgument = "unexpected_argument"
    case unexpectedArguments = "unexpected_arguments"
    case invalidValue = "invalid_value"
    case optionTakesNoValue = "option_takes_no_value"
    case unknownShell = "unknown_shell"

    // Publication and export: RefusalCode+Publication.swift
    case cannotWrite = "cannot_write"

    // The command line's own checks: RefusalCode+Desk.swift
    case bundleIncomplete = "bundle_incomplete"

    // The database file: RefusalCode+Database.swift
    case notADatabase = "not_a_database"

    // An option's value judge refuses: RefusalCode+Options.swift
    case portInUse = "port_in_use"
    case hostNotHere = "host_not_here"
    /// The code a door sends: a sign-in refusal goes out as API.md's `wrong_pin`.
    public var wireCode: String { self == .signInRefused ? RefusalCode.wrongPIN.rawValue : rawValue }
}
