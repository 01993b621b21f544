/// Every refusal there is, once, with its text in both languages. The raw value is the stable
/// code the service returns (API.md); tests pin both texts of every code.
///
/// `{name}` is a value; `[…]` is said only when its values are given; `{field}` is the noun
/// of the place's field; `{s}` is the English plural ending. The value at fault (`{value}`)
/// is shown by the door beside the place, so most texts do not name it.
public enum RefusalCode: String, CaseIterable, Sendable {
    // A mark as typed (SCORING.md: at most 2 decimal places, 0 to the maximum).
    case missingField = "missing_field"
    case notANumber = "not_a_number"
    case tooManyPlaces = "too_many_places"
    case negative
    case tooLarge = "too_large"
    case aboveMaximum = "above_maximum"

    // What a row names, looked up in the competition and the roster.
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

    // Who may mark whom (SCORING.md: panels, recusal, judges per competitor).
    case notInPanel = "not_in_panel"
    case recused
    case tooManyJudges = "too_many_judges"
    case roundLocked = "round_locked"
    case timeLocked = "time_locked"
    case tradeClosedToEntries = "trade_closed_to_entries"
    case revertLocked = "revert_locked"

    // Sign-off: locks, corrections, flags, final publication.
    case blocked
    case alreadyLocked = "already_locked"
    case notLocked = "not_locked"
    case noSuchMark = "no_such_mark"
    case markUnchanged = "mark_unchanged"
    case notFlagged = "not_flagged"
    case alreadyConfirmed = "already_confirmed"
    case tradeFinal = "trade_final"

    // The database file and the competition it holds.
    case noDatabase = "no_database"
    case noCompetition = "no_competition"
    case alreadyHasCompetition = "already_has_competition"
    case invalidCompetition = "invalid_competition"
    case notUpToDate = "not_up_to_date"
    case cannotUpgrade = "cannot_upgrade"
    case cannotCreateDatabase = "cannot_create_database"
    case backupNotWritten = "backup_not_written"
    case auditBroken = "audit_broken"

    // A chief judge on his own marks; recusal that does not apply.
    case ownRecusal = "own_recusal"
    case ownFlag = "own_flag"
    case notSameUnit = "not_same_unit"
    case recusalAllowedAlready = "recusal_allowed_already"

    // A value already there.
    case givenTwice = "given_twice"
    case alreadyStored = "already_stored"
    case timeGivenTwice = "time_given_twice"
    case timeAlreadyStored = "time_already_stored"
    case protectedMark = "protected_mark"
    case numberGivenTwice = "number_given_twice"
    case numberTaken = "number_taken"

    // Double entry (two clerks type every mark of a round).
    case doubleEntryNeedsPIN = "double_entry_needs_pin"
    case doubleEntryConfirmed = "double_entry_confirmed"
    case doubleEntrySameClerk = "double_entry_same_clerk"
    case notDoubleEntry = "not_double_entry"
    case nothingToResolve = "nothing_to_resolve"
    case oneEntryOnly = "one_entry_only"

    // Reading a CSV file.
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

    // Who someone is (API.md: wrong_pin, locked_out).
    case noCredential = "no_credential"
    case pinRequired = "pin_required"
    case wrongPIN = "wrong_pin"
    case lockedOut = "locked_out"
    case clerkNoCredential = "clerk_no_credential"
    case clerkPINRequired = "clerk_pin_required"
    case clerkWrongPIN = "clerk_wrong_pin"
    case clerkLockedOut = "clerk_locked_out"

    // What a command refuses at the desk (the CLI's own checks and the use cases' policy).
    case unknownChief = "unknown_chief"
    case notChief = "not_chief"
    case notChiefNoneNamed = "not_chief_none_named"
    case clerkRequired = "clerk_required"
    case nothingToChange = "nothing_to_change"
    case needsChief = "needs_chief"
    case roundsNotLocked = "rounds_not_locked"
    case marksMissingToPublish = "marks_missing_to_publish"
    case marksMissingToExport = "marks_missing_to_export"
    case flagsNotConfirmed = "flags_not_confirmed"
    case noticeTooShort = "notice_too_short"
    case publishedFileExists = "published_file_exists"
    case everyJudgeHasPIN = "every_judge_has_pin"
    case pinReplaceNeedsChief = "pin_replace_needs_chief"
    case pinsReplaceNeedChief = "pins_replace_need_chief"
    case noClerksDeclared = "no_clerks_declared"
    case everyClerkHasPIN = "every_clerk_has_pin"
    case badAuditPin = "bad_audit_pin"
    case cannotKeepOld = "cannot_keep_old"
    case cannotMoveNew = "cannot_move_new"
    case replacingNeedsChief = "replacing_needs_chief"
    case backupIsDatabase = "backup_is_database"
    case backupIsPartOfDatabase = "backup_is_part_of_database"
    case backupIsFolder = "backup_is_folder"
    case backupExists = "backup_exists"
    case backupNoFolder = "backup_no_folder"
    case backupFailsAudit = "backup_fails_audit"
    case notPublished = "not_published"
    case appealsNeedPublication = "appeals_need_publication"
    case appealsClosedFinal = "appeals_closed_final"
    case appealsClosedNotice = "appeals_closed_notice"
    case competitorNotInTrade = "competitor_not_in_trade"
    case unknownAppeal = "unknown_appeal"
    case appealResolvedAlready = "appeal_resolved_already"
    case rulingRequired = "ruling_required"
    case publishedFinal = "published_final"
    case publishedMeanwhile = "published_meanwhile"
    case finalNeedsPublication = "final_needs_publication"
    case finalAlready = "final_already"
    case cannotMakeFinal = "cannot_make_final"
    case marksChangedDuringExport = "marks_changed_during_export"
    case noBundle = "no_bundle"
    case slipsNotHTML = "slips_not_html"
    case slipsExist = "slips_exist"
    case slipsNoFolder = "slips_no_folder"
    case slipsNotWritten = "slips_not_written"

    // The command line.
    case unknownLanguage = "unknown_language"

    // The service's doors (API.md): a session, a request, a page's state.
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

    // MARK: Folded in from CompetitionFileError, CompetitionError and VenueRefusal.
    // The competition file (YAML): reading it, its keys and their values.
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
    // The competition's rules checked when it is loaded (SCORING.md §9), at their key of the file.
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
    // Reverting a batch (`judge score revert`).
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
    // Editing a competitor (`judge competitors edit`).
    case competitorUnchanged = "competitor_unchanged"
    case tradeChangeWithEntries = "trade_change_with_entries"
    case moveIntoClosedTrade = "move_into_closed_trade"
    case statusChangeNeedsChief = "status_change_needs_chief"
    case unitChangeNeedsChief = "unit_change_needs_chief"
    case publishedTradeChange = "published_trade_change"

    /// The code a door sends: a sign-in refusal goes out as API.md's `wrong_pin`.
    public var wireCode: String { self == .signInRefused ? RefusalCode.wrongPIN.rawValue : rawValue }

    public func template(in language: Language) -> String {
        let text = self.text
        return language == .zh ? text.zh : text.en
    }

    /// Where a mark is: `competitor 12, round practical, judge J1, criterion skill`.
    static let mark = (
        zh: "选手 {number}、环节 {round}、裁判 {judge}[、评分项 {criterion}]",
        en: "competitor {number}, round {round}, judge {judge}[, criterion {criterion}]"
    )

    private var text: (zh: String, en: String) {
        let mark = Self.mark
        return switch self {
        case .missingField: ("必须填写{field}", "a {field} is required")
        case .notANumber: ("不是分数：应为 86 或 86.50 这样的数", "not a mark: expected a number like 86 or 86.50")
        case .tooManyPlaces: ("分数最多保留 2 位小数", "a mark has at most 2 decimal places")
        case .negative: ("分数不能为负", "a mark cannot be negative")
        case .tooLarge: ("不是分数：数值过大", "not a mark: the number is far too large")
        case .aboveMaximum: ("超过满分 {max}", "above the maximum of {max}")
        case .signInRefused: ("裁判编号或 PIN 不对", "wrong judge id or PIN")
        case .csrf: ("页面已过期，请刷新后重试", "the page is out of date (CSRF token): reload it and try again")
        case .badOrigin: ("请求来自其他网站，已拒绝", "the request came from another site and was refused")
        case .notSignedIn: ("请先登录", "sign in first")
        case .notAdmitted: ("该选手未进入此环节", "the competitor is not admitted to this round")
        case .notActive: ("该选手已缺考、取消资格或退赛，不能打分", "the competitor is absent, disqualified or withdrawn")
        case .doubleEntryRound:
            (
                "该环节由记分员按纸质评分表双人录入，不在此打分",
                "this round is entered twice by clerks from paper sheets, not here"
            )
        case .markProtected:
            (
                "该分数由记分员或裁判长录入，只有裁判长可以更改",
                "this mark was entered by a clerk or the chief judge: only the chief judge changes it"
            )
        case .requestReused:
            (
                "该请求号已用于另一个分数，请重新提交",
                "this request_id was already used for another mark: send it with a new one"
            )
        case .malformedJSON: ("请求格式不对（不是有效的 JSON）", "the request body is not valid JSON")
        case .bodyTooLarge: ("请求过大，已拒绝", "the request body is too large")
        case .notFound: ("没有这个地址", "no such address")

        case .unknownCompetitor:
            ("没有这个参赛号的选手[；是不是 {suggestions}？]", "no competitor has this number[; did you mean {suggestions}?]")
        case .unknownTrade:
            ("没有这个编号或名称的工种；现有工种：{known}", "no trade has this id or name; trades are {known}")
        case .unknownRound:
            ("没有这个编号或名称的环节；现有环节：{known}", "no round has this id or name; rounds are {known}")
        case .unknownJudge:
            ("没有这个编号或名称的裁判；现有裁判：{known}", "no judge has this id or name; judges are {known}")
        case .unknownCriterion:
            (
                "环节 {round} 没有这个编号或名称的评分项；评分项有：{known}",
                "round {round} has no criterion with this id or name; its criteria are {known}"
            )
        case .ambiguousName:
            ("有 {count} 个{field}同名（{matches}）：请填编号", "{count} {field}s have this name ({matches}): give the id")
        case .ambiguousCriterion:
            (
                "环节 {round} 有 {count} 个同名评分项（{matches}）：请填编号",
                "round {round} has {count} criteria with this name ({matches}): give the id"
            )
        case .criterionRequired:
            ("环节 {round} 按评分项打分：请填 {known} 之一", "round {round} is marked by criterion: give one of {known}")
        case .noCriteria: ("环节 {round} 不分评分项：评分项请留空", "round {round} has no criteria: leave criterion empty")
        case .unknownStatus:
            (
                "无法识别的状态；请填 正常、缺考、取消资格、退赛（或 active、absent、disqualified、withdrawn；留空即正常）",
                "unknown status; use active, absent, disqualified or withdrawn, or 正常, 缺考, 取消资格, 退赛 (empty means active)"
            )
        case .unknownClerk:
            ("赛事文件中没有这个编号的录入员；录入员有：{known}", "no clerk has this id; the competition file's clerks are {known}")
        case .reasonRequired: ("必须填写理由；理由会记入审计日志", "a reason is required; it is kept in the audit log")
        case .notATime:
            (
                "不是用时：请填整秒数（754）、分:秒（12:34）或 时:分:秒（1:02:34）",
                "not a time: use whole seconds (754), M:SS (12:34) or H:MM:SS (1:02:34)"
            )

        case .notInPanel:
            (
                "裁判 {judge} 不在工种 {trade}、环节 {round} 的评分组内（评分组：{panel}），不能给选手 {competitor} 打分",
                "judge {judge} is not on the panel for trade {trade}, round {round} (panel: {panel}), so may not mark competitor {competitor}"
            )
        case .recused:
            (
                "裁判 {judge} 与选手 {competitor} 同单位，须回避，不能打分；裁判长可用 `judge recusal allow` 准许",
                "judge {judge} may not mark competitor {competitor}: the same unit, so the judge is recused (回避); the chief judge may allow it with `judge recusal allow`"
            )
        case .tooManyJudges:
            (
                "环节 {round} 每名选手由 {limit} 名裁判打分，选手 {number} 已有 {judges} 的分数",
                "round {round} takes {limit} judge{s} per competitor and competitor {number} already has marks from {judges}"
            )
        case .roundLocked:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定），不能再录入；如需更正请裁判长用 `judge score correct` 修改",
                "trade {trade}, round {round} is locked (by {chief} at {at}): a mark of a locked round changes only through `judge score correct` by the chief judge"
            )
        case .timeLocked:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定），用时不能再改；如需更改请裁判长说明理由后 `judge unlock`",
                "trade {trade}, round {round} is locked (by {chief} at {at}): times of a locked round cannot change; the chief judge can `judge unlock` it with a reason"
            )
        case .revertLocked:
            (
                "{batch} 不能撤销：工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定）；请裁判长先解锁（`judge unlock`），或用 `judge score correct` 逐个更正分数",
                "{batch} cannot be reverted: trade {trade}, round {round} is locked (by {chief} at {at}); the chief judge unlocks it first (`judge unlock`), or changes single marks with `judge score correct`"
            )
        case .tradeClosedToEntries:
            (
                "工种 {trade} {why}，不能再增加选手（只有在该工种没有环节锁定时才能补报名）",
                "trade {trade} {why}, so no competitor can be added to it (late registration is open only while none of its rounds is locked)"
            )

        case .blocked:
            (
                "工种 {trade} 环节 {round} 不能锁定：有 {count} 处问题\n{blockers}",
                "trade {trade}, round {round} cannot be locked: {count} blocker{s}\n{blockers}"
            )
        case .alreadyLocked:
            (
                "工种 {trade} 环节 {round} 已经锁定（{chief} 于 {at} 锁定）",
                "trade {trade}, round {round} is locked (by {chief} at {at}) already"
            )
        case .notLocked: ("工种 {trade} 环节 {round} 没有锁定", "trade {trade}, round {round} is not locked")
        case .noSuchMark:
            (
                mark.zh + "：没有已存的分数；更正只能修改已存的分数（缺少的分数请用 `judge score enter` 录入）",
                mark.en
                    + ": no mark is stored; a correction changes a stored mark (enter a missing one with `judge score enter`)"
            )
        case .markUnchanged:
            (mark.zh + "：已存的分数就是这个值，无需更正", mark.en + ": the stored mark is already this value; nothing to correct")
        case .notFlagged:
            (
                "选手 {number}、环节 {round} 没有分差超限标记，无需确认",
                "competitor {number}, round {round} is not flagged: there is nothing to confirm"
            )
        case .alreadyConfirmed:
            (
                "选手 {number}、环节 {round}：这些分数已经确认过",
                "competitor {number}, round {round}: these marks are confirmed already"
            )
        case .tradeFinal:
            (
                "工种 {trade} 的成绩已定稿（第 {version} 版已作为最终成绩发布）：不能{doing}；最终发布后，该工种的分数、选手和状态都不再改变",
                "trade {trade} is final (version {version} was published final): {doing} is refused; after final publication no mark, competitor or status of the trade changes"
            )

        case .noDatabase:
            (
                "{database} 处没有数据库：请用 `judge init --config FILE.yaml` 创建",
                "no database at {database}: create one with `judge init --config FILE.yaml`"
            )
        case .noCompetition:
            (
                "数据库中没有竞赛：请用 `judge init --config FILE.yaml` 载入",
                "the database holds no competition: load one with `judge init --config FILE.yaml`"
            )
        case .alreadyHasCompetition:
            (
                "数据库中已有竞赛 {competition}：如要替换请加 --force，或换一个 --db",
                "the database already holds competition {competition}; use --force to replace it, or another --db"
            )
        case .invalidCompetition:
            (
                "数据库中保存的竞赛无效（{problem}）；是否被手工改动过？请用 `judge init --force` 重新载入",
                "the competition stored in the database is not valid ({problem}); was it edited by hand? Load it again with `judge init --force`"
            )
        case .notUpToDate:
            (
                "{database} 由旧版 judge 创建：请先运行一次任意导入或 `judge score enter`，使其升级到最新",
                "{database} was made by an older judge: run any import or `judge score enter` once to bring it up to date"
            )
        case .cannotUpgrade:
            (
                "{database} 由旧版 judge 创建，无法升级（{reason}）：请用 `judge init --config FILE.yaml` 新建数据库，再重新导入名单、分数和用时",
                "{database} was made by an older judge and cannot be brought up to date ({reason}): create a new database with `judge init --config FILE.yaml` and import the roster, marks and times again"
            )
        case .cannotCreateDatabase:
            ("无法创建数据库 {database}：{reason}", "cannot create the database {database}: {reason}")
        case .backupNotWritten:
            ("{file}：无法写入备份：{reason}", "{file}: cannot write the backup: {reason}")
        case .auditBroken:
            (
                "{action} 被拒绝：审计日志与数据库不符（`judge audit verify` 未通过），数据库可能在 judge 之外被改动过：\n{problems}\n请查明改动，并从可信的副本恢复数据库，然后再签署",
                "{action} refused: the audit log does not match the database (`judge audit verify` fails), so it may have been changed outside judge:\n{problems}\nfind out what changed and restore the database from a trusted copy before signing anything off"
            )
        case .ownRecusal:
            (
                "裁判长 {chief} 不能批准自己的回避：须由另一位裁判长批准（用 --chief 指定另一位 chief: true 的裁判）",
                "chief judge {chief} may not allow his own recusal: another chief judge must (`--chief ID` of another judge with chief: true)"
            )
        case .ownFlag:
            (
                "选手 {number}、环节 {round}：裁判长 {chief} 给该选手在本环节评过分，不能确认涉及本人评分的标记：须由另一位裁判长确认",
                "competitor {number}, round {round}: chief judge {chief} marked this competitor in this round, so may not confirm the flag on his own marks: another chief judge must"
            )
        case .notSameUnit:
            (
                "裁判 {judge} {name}（{unit}）与选手 {number} {competitor}（{competitorUnit}）不是同一单位：无需回避",
                "judge {judge} {name} ({unit}) and competitor {number} {competitor} ({competitorUnit}) are not of the same unit: no recusal applies"
            )
        case .recusalAllowedAlready:
            (
                "裁判 {judge} 已获准给选手 {number} 评分（理由：{reason}）",
                "judge {judge} may already mark competitor {number} (allowed: {reason})"
            )

        case .givenTwice:
            (
                mark.zh + "：本文件中同一分数出现了两次（第一次在第 {first} 行）",
                mark.en + ": the same mark is given twice in this file (first at line {first})"
            )
        case .alreadyStored:
            (
                mark.zh + "：已有分数（{stored}[，来自 {file} 第 {line} 行]）；如需修改请加 --replace",
                mark.en + ": a mark is already stored ({stored}[, from {file} line {line}]); use --replace to change it"
            )
        case .timeGivenTwice:
            (
                "选手 {number}、环节 {round}：本文件中同一用时出现了两次（第一次在第 {first} 行）",
                "competitor {number}, round {round}: the same time is given twice in this file (first at line {first})"
            )
        case .timeAlreadyStored:
            (
                "选手 {number}、环节 {round}：已有用时（{seconds} 秒）；如需修改请加 --replace",
                "competitor {number}, round {round}: a time is already stored ({seconds} s); use --replace to change it"
            )
        case .protectedMark:
            (
                mark.zh + "：已存分数（{stored}）由{owner}录入；--replace 不能覆盖，只有裁判长可用 `judge score correct` 修改",
                mark.en
                    + ": the stored mark ({stored}) was entered by {owner}; --replace never overwrites it: only the chief judge changes it, with `judge score correct`"
            )
        case .numberGivenTwice:
            (
                "参赛号 {number} 在本文件中出现了两次（第一次在第 {first} 行）",
                "competitor number {number} is given twice in this file (first at line {first})"
            )
        case .numberTaken:
            ("参赛号 {number} 已在名单中（{name}）", "competitor number {number} is already on the roster ({name})")

        case .doubleEntryNeedsPIN:
            (
                mark.zh + "：本赛事登记了录入员，双录环节的每次录入须由录入员凭 PIN 录入（--clerk 编号和 $JUDGE_CLERK_PIN），或由裁判本人凭 PIN 录入",
                mark.en
                    + ": this competition declares its clerks, so each entry of a double-entry round is made by a clerk who gave a PIN (--clerk ID and $JUDGE_CLERK_PIN) or by the judge with the judge's PIN"
            )
        case .doubleEntryConfirmed:
            (
                mark.zh + "：该分数已经双录确认，只有裁判长可以修改",
                mark.en + ": the mark is already confirmed by double entry; only the chief judge can change it"
            )
        case .doubleEntrySameClerk:
            (
                mark.zh + "：录入员 {clerk} 已录过这个分数；环节 {round} 的每个分数须由两名不同的录入员录入",
                mark.en
                    + ": clerk {clerk} has already entered this mark; in round {round} each mark is entered by two different clerks"
            )
        case .notDoubleEntry:
            (
                "环节 {round} 不是双录环节（double_entry），无需裁决",
                "round {round} is not entered twice (double_entry): there is nothing to resolve"
            )
        case .nothingToResolve:
            (mark.zh + "：没有不一致的录入，无需裁决", mark.en + ": no open entries disagree, so there is nothing to resolve")
        case .oneEntryOnly:
            (
                mark.zh + "：只有一名录入员录入过；第二名录入员录入后即可确定",
                mark.en + ": only one clerk has entered it; a second clerk's entry settles it"
            )

        case .cannotRead: ("无法读取：{reason}", "{reason}")
        case .notARegularFile: ("不是普通文件", "not a regular file")
        case .workbookNotCSV:
            (
                "这是 Excel 工作簿（.xlsx 或 .xls），不是 CSV 文件：请在 Excel 或 WPS 中打开，另存为 → CSV UTF-8（逗号分隔），再导入该 .csv 文件",
                "this is an Excel workbook (.xlsx or .xls), not a CSV file: open it in Excel or WPS and save it as \"CSV UTF-8\" (另存为 → CSV UTF-8（逗号分隔）), then import the .csv"
            )
        case .utf16NotCSV:
            (
                "这是 UTF-16 文本（Excel 的“Unicode 文本”），不是 CSV：请另存为 CSV UTF-8（Excel：另存为 → CSV UTF-8（逗号分隔）；WPS：另存为 → CSV UTF-8）后重新导入",
                "the file is UTF-16 text (Excel's \"Unicode 文本\"), not CSV: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again"
            )
        case .notUTF8OrGB18030:
            (
                "该文件既不是 UTF-8 也不是 GB18030（GBK）文本：请另存为 CSV UTF-8（Excel：另存为 → CSV UTF-8（逗号分隔）；WPS：另存为 → CSV UTF-8）后重新导入",
                "the file is neither UTF-8 nor GB18030 (GBK) text: save it as \"CSV UTF-8\" (Excel: 另存为 → CSV UTF-8（逗号分隔）; WPS: 另存为 → CSV UTF-8) and import it again"
            )
        case .endsInsideCharacter: ("文件在一个字符的中间结束了", "the file ends inside a character")
        case .noGB18030:
            (
                "该文件不是 UTF-8，而本机的 iconv 无法读取 GB18030：请另存为 CSV UTF-8",
                "the file is not UTF-8, and this system's iconv cannot read GB18030: save it as \"CSV UTF-8\""
            )
        case .cannotConvert: ("无法将文件从 GB18030 转换：{reason}", "cannot convert the file from GB18030: {reason}")
        case .emptyFile: ("文件是空的：第一行应为表头 {expected}", "the file is empty: expected a header row {expected}")
        case .invalidUTF8: ("不是有效的 UTF-8 文字", "invalid UTF-8")
        case .textAfterQuote: ("右引号后面还有文字", "text after closing quote")
        case .unterminatedQuote: ("引号没有闭合", "unterminated quoted field")
        case .fileChanged: ("读取期间文件被改动了", "the file changed while it was being read")
        case .wrongFieldCount:
            ("应有 {expected} 列（{names}），实有 {found} 列", "expected {expected} field{s} ({names}), found {found}")
        case .valueInUnnamedColumn:
            (
                "这一列在表头中没有列名；请给该列加上列名，或删除其中的内容",
                "a value in a column without a name in the header; name the column or delete what is in it"
            )
        case .unknownColumn: ("无法识别的列名；应为 {expected}", "unknown column; expected {expected}")
        case .repeatedColumn: ("列名重复[（{key}）]；第一次在第 {first} 列", "repeated column[ ({key})]; first at column {first}")
        case .emptyColumnName: ("列名为空；应为 {expected}", "empty column name; expected {expected}")
        case .fullWidthCommas:
            (
                "各列用的是全角逗号（，）而不是半角逗号：请改用半角逗号（,），或另存为 CSV（逗号分隔）；应为 {expected}",
                "the columns are separated by full-width commas (，), not commas: separate them with half-width commas (,) or save the file as CSV (逗号分隔); expected {expected}"
            )
        case .tabSeparated:
            (
                "各列用制表符分隔而不是逗号：请改用半角逗号（,），或另存为 CSV（逗号分隔）；应为 {expected}",
                "the columns are separated by tabs, not commas: separate them with half-width commas (,) or save the file as CSV (逗号分隔); expected {expected}"
            )
        case .missingColumn: ("缺少这一列；应有 {expected}", "missing column; expected {expected}")
        case .forbiddenCharacter:
            (
                "内容含有不允许出现的字符（{character}），请删除（如是粘贴来的文字，请重新输入）",
                "the field holds {character}, which is not allowed in any text; remove it (retype the text if it was pasted)"
            )
        case .textTooLong:
            (
                "内容长 {length} 个字符，最多只能 {max} 个字符",
                "the field is {length} characters long; text is at most {max} characters"
            )
        case .rowsRefused:
            (
                "{count} 行被拒绝，未保存任何内容；请全部改正后重新导入：",
                "{count} rows refused, nothing was stored; fix them all and import the file again:"
            )
        case .moreRefused: ("… 另有 {count} 行", "… and {count} more")

        case .noCredential:
            (
                "裁判 {judge} 还没有 PIN，而本赛事已启用 PIN：请用 `judge judges credentials --judge {judge}` 发放",
                "judge {judge} has no PIN yet, and PINs are in use: issue one with `judge judges credentials --judge {judge}`"
            )
        case .pinRequired:
            (
                "需要裁判 {judge} 的 PIN：请在提示时输入，脚本中可设置 $JUDGE_PIN",
                "judge {judge}'s PIN is required: type it when asked, or set $JUDGE_PIN for a script"
            )
        case .wrongPIN:
            (
                "裁判 {judge} 的 PIN 不正确：已拒绝并记录[；{window} 分钟内输错 {failures} 次，裁判 {judge} 被锁定 {minutes} 分钟]",
                "wrong PIN for judge {judge}: refused and recorded[; after {failures} wrong PINs within {window} minutes judge {judge} is locked out for {minutes} minutes]"
            )
        case .lockedOut:
            (
                "裁判 {judge} 连续输错 {failures} 次 PIN，已被锁定：请 {minutes} 分钟后再试",
                "judge {judge} is locked out after {failures} wrong PINs: try again in {minutes} minute{s}"
            )

        case .clerkNoCredential:
            (
                "录入员 {clerk} 还没有 PIN：请用 `judge clerks credentials --clerk {clerk}` 发放",
                "clerk {clerk} has no PIN yet: issue one with `judge clerks credentials --clerk {clerk}`"
            )
        case .clerkPINRequired:
            (
                "需要录入员 {clerk} 的 PIN：请在提示时输入，脚本中可设置 $JUDGE_CLERK_PIN",
                "clerk {clerk}'s PIN is required: type it when asked, or set $JUDGE_CLERK_PIN for a script"
            )
        case .clerkWrongPIN: ("录入员 {clerk} 的 PIN 不正确：已拒绝并记录", "wrong PIN for clerk {clerk}: refused and recorded")
        case .clerkLockedOut:
            (
                "录入员 {clerk} 连续输错 {failures} 次 PIN，已被锁定：请 {minutes} 分钟后再试",
                "clerk {clerk} is locked out after {failures} wrong PINs: try again in {minutes} minute{s}"
            )

        case .unknownChief:
            ("--chief {chief}：没有这个编号的裁判；裁判有 {judges}", "--chief {chief}: no judge has this id; judges are {judges}")
        case .notChief:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；裁判长：{chiefs}",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; chief judges: {chiefs}"
            )
        case .notChiefNoneNamed:
            (
                "--chief {chief}：{name} 不是裁判长，不能执行 {action}；竞赛文件没有指定裁判长（chief: true）",
                "--chief {chief}: {name} is not a chief judge (裁判长), so may not do {action}; the competition file names no chief judge (chief: true)"
            )
        case .clerkRequired:
            (
                "本竞赛在竞赛文件中声明了录入员（clerks:）：请用 --clerk ID（{clerks}）说明是谁，并输入该录入员的 PIN",
                "this competition declares its clerks (clerks: in the competition file): name yours with --clerk ID ({clerks}) and give that clerk's PIN"
            )
        case .nothingToChange:
            (
                "没有要修改的内容：请给出 --name、--unit、--trade 或 --status",
                "nothing to change: give --name, --unit, --trade or --status"
            )
        case .needsChief: ("需要裁判长：{why}", "{why}")
        case .roundsNotLocked:
            (
                "不能发布 {trade}：以下环节尚未锁定：{rounds}；请逐一锁定：`judge lock --trade {id} --round ID --chief ID`",
                "cannot publish {trade}: rounds not locked: {rounds}; lock each with `judge lock --trade {id} --round ID --chief ID`"
            )
        case .marksMissingToPublish:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，重新锁定环节后再发布",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, lock the rounds again, then publish"
            )
        case .marksMissingToExport:
            (
                "还有分数未录入，未生成正式成绩表：\n{problems}\n请补录缺少的分数，或用 --provisional 导出标明“暂定”的成绩表",
                "marks are missing, so no final sheet was written:\n{problems}\nenter the missing marks, or export with --provisional for a sheet marked provisional"
            )
        case .flagsNotConfirmed:
            (
                "不能发布 {trade}：有 {count} 个分差超限（max_spread）标记未经裁判长确认（锁定后的更正引起）：\n{flags}\n请用 `judge flags confirm` 逐一确认（涉及本人评分的由另一位裁判长确认），或更正分数",
                "cannot publish {trade}: {count} max_spread flags not confirmed by the chief judge (a correction after the lock raised them):\n{flags}\nconfirm each with `judge flags confirm` (another chief judge where the flag concerns your own marks) or correct the marks"
            )
        case .noticeTooShort:
            (
                "--notice-days {days}：本竞赛的公示期至少 {minimum} 天（竞赛文件中的 notice_days_min）；请给出 --notice-days {minimum} 或更多",
                "--notice-days {days}: this competition's notice period (公示期) is at least {minimum} days (notice_days_min in the competition file); give --notice-days {minimum} or more"
            )
        case .publishedFileExists:
            (
                "{file} 已存在：已发布的文件从不覆盖；请换一个 --out",
                "{file} exists already: a published file is never replaced; choose another --out"
            )
        case .everyJudgeHasPIN:
            (
                "每位裁判都已有 PIN；如需更换，请指明：--judge ID --chief ID（并输入裁判长的 PIN）",
                "every judge has a PIN already; to replace one, name it: --judge ID --chief ID (with the chief's PIN)"
            )
        case .pinReplaceNeedsChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already has a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            )
        case .pinsReplaceNeedChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already have a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            )
        case .noClerksDeclared:
            (
                "竞赛文件没有声明录入员（clerks:，每人一个 id 和 name）：批量导入可自由填写录入员",
                "the competition file declares no clerks (clerks:, each with an id and a name): batch imports name their clerk freely"
            )
        case .everyClerkHasPIN:
            (
                "每位录入员都已有 PIN；如需更换，请指明：--clerk ID --chief ID",
                "every clerk has a PIN already; to replace one, name it: --clerk ID --chief ID"
            )
        case .badAuditPin:
            (
                "--expect \"{value}\"：审计锚点应写成 记录号:哈希（记录号、冒号和 64 位十六进制数），与 `judge results publish` 打印的一致",
                "--expect \"{value}\": give the pin as RECORD:HASH, a record number, a colon and 64 hex digits, as `judge results publish` printed it"
            )
        case .cannotKeepOld:
            (
                "无法将旧数据库保留为 {file}：{reason}；未做任何替换",
                "cannot keep the old database as {file}: {reason}; nothing was replaced"
            )
        case .cannotMoveNew: ("无法将新数据库移到 {file}：{reason}", "cannot move the new database to {file}: {reason}")
        case .replacingNeedsChief:
            (
                "{file} 中有 {competition} 的{work}：替换它需要裁判长：请加上 --chief ID（并输入裁判长的 PIN）；旧文件会改名保留",
                "{file} holds {work} of {competition}: replacing it needs the chief judge: add --chief ID (and the chief's PIN); the old file is then kept, renamed"
            )
        case .backupIsDatabase:
            (
                "{file}：这就是数据库本身（{database}）；请另给一个文件作为副本",
                "{file}: this is the database itself ({database}); give another file for the copy"
            )
        case .backupIsPartOfDatabase:
            (
                "{file}：这是数据库本身的一部分（{database}）；请另给一个文件",
                "{file}: this is part of the database itself ({database}); give another file"
            )
        case .backupIsFolder:
            (
                "{file}：这是一个文件夹；请给出文件名，例如 {file}/judge-backup.sqlite",
                "{file}: is a folder; give a file name, e.g. {file}/judge-backup.sqlite"
            )
        case .backupExists:
            ("{file} 已存在；请换一个文件，或用 --force 覆盖", "{file} exists already; choose another file, or --force to replace it")
        case .backupNoFolder:
            (
                "{file}：文件夹 {folder} 不存在（U 盘插好了吗？）；请先创建它，或换一个路径",
                "{file}: the folder {folder} does not exist (is the USB stick plugged in?); create it or give another path"
            )
        case .backupFailsAudit:
            (
                "备份已写入 {file}，但未通过 `judge audit verify`（数据库本身也未通过）：{problem}",
                "backup written to {file}, but it fails `judge audit verify` (so does the database): {problem}"
            )
        case .notPublished: ("不是已发布的文件：{detail}", "{detail}")
        case .appealsNeedPublication:
            ("{trade} 还没有发布过成绩：成绩发布后才能提出申诉", "{trade} has no published version: appeals follow publication")
        case .appealsClosedFinal:
            (
                "{trade}：第 {version} 版已是最终成绩，不再受理申诉",
                "{trade}: version {version} is final; appeals are no longer taken"
            )
        case .appealsClosedNotice:
            (
                "{trade}：第 {version} 版的公示期已于 {at} 结束，不再受理申诉",
                "{trade}: the notice period of version {version} ended at {at}; appeals are no longer taken"
            )
        case .competitorNotInTrade:
            ("--number {number}：{trade} 中没有这名选手", "--number {number}: no such competitor in {trade}")
        case .unknownAppeal: ("--id {id}：没有这个申诉", "--id {id}: no such appeal")
        case .appealResolvedAlready:
            ("申诉 {id} 已经裁决过：{ruling}", "appeal {id} was resolved already: {ruling}")
        case .rulingRequired: ("--ruling：裁决必须写明内容", "--ruling: a ruling needs text")
        case .publishedFinal:
            (
                "{trade} 已将第 {version} 版发布为最终成绩：不能再发布",
                "{trade} was published final as version {version}: nothing more can be published"
            )
        case .publishedMeanwhile:
            (
                "{trade} 的第 {version} 版已在此期间发布：请重新发布",
                "version {version} of {trade} was published meanwhile: publish again"
            )
        case .finalNeedsPublication:
            ("{trade} 还没有发布过成绩：请先发布第 1 版", "{trade} has no published version: publish version 1 first")
        case .finalAlready:
            ("{trade} 第 {version} 版已是最终成绩（自 {at} 起）", "{trade} version {version} is final already (since {at})")
        case .cannotMakeFinal:
            ("{trade} 不能定为最终成绩：\n{blockers}", "cannot make {trade} final:\n{blockers}")
        case .marksChangedDuringExport:
            ("导出期间 {trade} 的分数有变动；请重新导出", "the marks of {trade} changed during the export; run it again")
        case .noBundle:
            (
                "这里没有 Config/ 和 seeds/ 文件夹：请在项目文件夹中运行演示，或给出 --bundle DIR",
                "no Config/ and seeds/ folders here: run the demo from the project folder, or give --bundle DIR"
            )
        case .slipsNotHTML:
            (
                "--slips {file}：PIN 条是 HTML 文件；请给一个以 .html 结尾的文件名",
                "--slips {file}: the slips are an HTML file; give a name ending in .html"
            )
        case .slipsExist:
            (
                "--slips {file}：文件已存在；PIN 条从不覆盖文件，请换一个名字",
                "--slips {file}: the file exists; PIN slips never replace a file, give a new name"
            )
        case .slipsNoFolder:
            ("--slips {file}：文件夹 {folder} 不存在；请先创建", "--slips {file}: no folder {folder}; create it first")
        case .slipsNotWritten:
            (
                "{file}：{reason}；{judges} 的 PIN 已签发但未写出：请用 --judge ID --chief ID 更换",
                "{file}: {reason}; the PINs of {judges} were issued but not written: replace them with --judge ID --chief ID"
            )
        case .unknownLanguage: ("不是可选的语言：请用 zh（中文）或 en（英文）", "not a language judge speaks: use zh or en")

        // MARK: Folded in from CompetitionFileError, CompetitionError and VenueRefusal.
        case .competitionFileUnreadable: ("无法读取该文件：{reason}", "cannot read the file: {reason}")
        case .competitionFileTooLarge:
            (
                "文件大于 {max} KiB，而竞赛文件只有几 KB：是不是选错了文件？",
                "the file is larger than {max} KiB; a competition file is a few kilobytes: is it the right file?"
            )
        case .competitionFileNotUTF8: ("文件不是 UTF-8 文本：请另存为 UTF-8", "the file is not UTF-8 text; save it as UTF-8")
        case .competitionFileEmpty:
            (
                "文件中没有竞赛：应有 competition、trades 和 rounds 这几个键",
                "the file holds no competition; expected the keys competition, trades and rounds"
            )
        case .notYAML:
            (
                "文件不是有效的 YAML：{problem}[（{context}，见第 {line} 行第 {column} 列）]",
                "the file does not parse as YAML: {problem}[ ({context} at line {line}, column {column})]"
            )
        case .tooManyValues:
            (
                "文件经 YAML 别名（*name）展开后超过 {max} 个值：请直接写出这些值，不要用别名",
                "the file expands to more than {max} values (through YAML aliases, *name); write the values out instead of aliasing them"
            )
        case .listTooLong: ("一个列表最多 {max} 项：请把竞赛拆开", "a list holds at most {max} items; split the competition")
        case .expectedShape: ("应为{expected}[，而不是{kind}]", "expected {expected}[, not {kind}]")
        case .numberTooLarge: ("数值过大", "the number is far too large")
        case .unknownKey:
            (
                "无法识别的键；应为 {allowed} 之一[（是不是 {guess}？）]",
                "unknown key; expected one of {allowed}[ (did you mean {guess}?)]"
            )
        case .keyNotText: ("键必须是文字；应为 {allowed} 之一", "a key must be text; expected one of {allowed}")
        case .repeatedKey:
            (
                "键重复[：第 {line} 行第 {column} 列已经写过]",
                "repeated key[; it is already given at line {line}, column {column}]"
            )
        case .missingKey: ("缺少{need}", "{need}")
        case .unknownMethod:
            (
                "无法识别的计分方法；请用 single、mean、trimmed-mean 或 median",
                "unknown method; use single, mean, trimmed-mean or median"
            )
        case .trimWithoutTrimmedMean:
            (
                "trim 只适用于 aggregate: trimmed-mean；本环节的方法是 {method}",
                "trim applies only to aggregate: trimmed-mean; this round's method is {method}"
            )
        case .qualifyCutMissing: ("请给出 top（前 n 名晋级）或 min_score", "give either top (best n go through) or min_score")
        case .qualifyCutTwice: ("top 和 min_score 只能给一个", "give top or min_score, not both")
        case .unknownRounding: ("无法识别的取整方式；请用 floor 或 half-up", "unknown rounding; use floor or half-up")
        case .timeNeedsRound: ("time: 后面要写环节编号，如 time:practical", "time: needs a round id, e.g. time:practical")
        case .badTieBreak:
            (
                "同分决胜项应为环节编号（得分高者胜）或 time:<环节编号>（用时少者胜）",
                "a tie-break is a round id (higher score wins) or time:<round id> (less time wins)"
            )
        case .prizeQuotaMissing: ("奖项需要 count 或 percent", "a prize tier needs either count or percent")
        case .prizeQuotaTwice: ("奖项只能给 count 或 percent 之一，不能都给", "a prize tier takes count or percent, not both")
        case .tooManySignatures:
            (
                "有 {count} 个签名栏；一页底部最多放 {max} 个",
                "{count} signature lines; at most {max} fit at the foot of a page"
            )
        case .signatureTwice: ("这个签名栏列了两次", "this signature line is listed twice")
        case .blankLine: ("{what}是空的：请填写内容，或删去该键", "{what} is blank; write the text or leave the key out")
        case .lineBreak: ("{what}只印一行：请去掉换行", "{what} is printed on one line; remove the line break")
        case .clerkTwice: ("录入员编号 {id} 出现了两次", "clerk id {id} is given twice")
        case .clerkIsJudge:
            (
                "{id} 是裁判的编号；录入员要用自己的编号，录入记录才能看出是谁录的",
                "{id} is a judge's id; give clerks ids of their own, so an entry says who made it"
            )
        case .noClerksListed: ("请至少列出一名录入员，或删去 clerks", "list at least one clerk, or leave clerks out")
        case .noticeDaysRange:
            (
                "最短公示期应为 0 到 365 之间的整天数",
                "the minimum notice period is a whole number of days from 0 to 365"
            )
        case .idCharacters: ("只能用字母、数字、'-' 和 '_'", "use letters, digits, '-' and '_' only")
        case .idRequired: ("必须填写编号", "an id is required")
        case .idRepeats: ("与 {first} 重复", "repeats {first}")
        case .noTrades: ("竞赛至少要有一个工种", "a competition needs at least one trade")
        case .noRounds: ("竞赛至少要有一个环节", "a competition needs at least one round")
        case .weightsSum: ("各环节权重之和为 {sum}，必须正好是 100", "weights sum to {sum}, they must sum to exactly 100")
        case .roundMaxNotPositive: ("环节满分必须大于 0", "a round's max must be positive")
        case .weightNegative: ("权重不能为负", "a weight cannot be negative")
        case .trimNegative: ("trim 不能为负", "trim cannot be negative")
        case .singleTakesOneMark: ("aggregate single 只取 1 个分数", "aggregate single takes exactly 1 mark")
        case .tooFewJudges:
            (
                "{method}[（trim {trim}）]至少需要 {needed} 名裁判的分数",
                "{method}[ with trim {trim}] needs at least {needed} judges' marks"
            )
        case .criterionMaxNotPositive: ("评分项满分必须大于 0", "a criterion's max must be positive")
        case .criteriaSum: ("各评分项满分之和为 {sum}，而环节满分为 {max}", "maxima sum to {sum}, round max is {max}")
        case .spreadAboveMax:
            (
                "max_spread 超过环节满分 {max}，永远不会触发",
                "max_spread is above the round's max of {max}, so it never flags anyone"
            )
        case .spreadWithOneMark: ("本环节只取一名裁判的分数，不会有分差", "this round takes one judge's mark, so its marks cannot differ")
        case .qualifyNotEarlier:
            (
                "晋级只能依据之前的环节，不能是本环节或之后的环节",
                "a round can only qualify after an earlier round, not the same or a later one"
            )
        case .topBelowOne: ("top 至少为 1", "top must be at least 1")
        case .countNegative: ("人数不能为负", "a count cannot be negative")
        case .percentOutOfRange: ("百分比应在 0 到 100 之间", "a percent is between 0 and 100")
        case .panelRepeats: ("与 {first} 重复：每个工种的每个环节只设一个评分组", "repeats {first}: one panel per trade and round")
        case .panelWithoutJudges: ("评分组需要列出裁判", "a panel needs its judges")
        case .judgeTwiceInPanel: ("这名裁判在本评分组中列了两次", "the judge is named twice in this panel")
        case .panelTooSmall:
            (
                "环节 {round} 每名选手取 {needed} 名裁判的分数，但评分组只有 {count} 人",
                "round {round} takes {needed} judges' marks but the panel names {count}"
            )
        case .noPanel:
            (
                "工种 {trade}、环节 {round} 没有评分组；声明了评分组（panels）后，每个工种的每个环节都要有",
                "no panel for trade {trade}, round {round}; when panels are declared, every trade and round needs one"
            )
        case .unknownBatch:
            (
                "--batch {batch}：没有这个批次；`judge audit log` 列出每次导入和录入的批次",
                "--batch {batch}: no such batch; `judge audit log` shows each import's and entry's batch"
            )
        case .batchRevertedAlready:
            (
                "--batch {batch}：{what}已经撤销过（批次 {revert}，{by} 于 {at}）",
                "--batch {batch}: {what} was reverted already (batch {revert} by {by} at {at})"
            )
        case .batchNotRevertable:
            (
                "--batch {batch}：{what}不能撤销：{why}",
                "--batch {batch}: {what} cannot be reverted: {why}"
            )
        case .batchHoldsDoubleEntry:
            (
                "--batch {batch}：{what}含有双人录入的分数，这些分数由另一名录入员的录入或裁判长的裁决（`judge double-entry resolve`）确定，不能撤销",
                "--batch {batch}: {what} holds double-entry (双人录入) entries, which are settled by another clerk's entry or the chief judge (`judge double-entry resolve`), not reverted"
            )
        case .batchHoldsJudgeMarks:
            (
                "--batch {batch}：{what}含有裁判凭 PIN 录入的分数，只有裁判长可以修改（`judge score correct`）",
                "--batch {batch}: {what} holds marks a judge typed with a PIN; only the chief judge changes them (`judge score correct`)"
            )
        case .rosterRevertClosed:
            (
                "{what}不能撤销：工种 {trade} {why}，名单保持不变",
                "{what} cannot be reverted: trade {trade} {why}, so its roster stays as it is"
            )
        case .rosterRevertPublished:
            (
                "{what}不能撤销：工种 {trade} 已发布（第 {version} 版），名单保持不变",
                "{what} cannot be reverted: trade {trade} was published (version {version}), so its roster stays as it is"
            )
        case .rosterRevertHeld:
            (
                "{what}不能撤销：选手 {number} 此后已有{held}；请先撤销这些，或用 `judge competitors edit` 修改该选手（如 --status withdrawn）",
                "{what} cannot be reverted: competitor {number} has {held} since; revert those first, or change the competitor with `judge competitors edit` (e.g. --status withdrawn)"
            )
        case .revertMarkChanged:
            (
                "{what}不能撤销：其中的分数（选手 {number}、环节 {round}、裁判 {judge}[、评分项 {criterion}]）此后已被批次 {later} 修改；请先撤销该批次",
                "{what} cannot be reverted: its mark competitor {number}, round {round}, judge {judge}[, criterion {criterion}] was changed since by batch {later}; revert that batch first"
            )
        case .revertTimeChanged:
            (
                "{what}不能撤销：其中选手 {number}、环节 {round} 的用时此后已被批次 {later} 修改；请先撤销该批次",
                "{what} cannot be reverted: its time of competitor {number}, round {round} was changed since by batch {later}; revert that batch first"
            )
        case .competitorUnchanged:
            (
                "选手 {number}（{name}，{unit}，{trade}，{status}）已是这些值，无需修改",
                "competitor {number} ({name}, {unit}, {trade}, {status}) already has these values; nothing to change"
            )
        case .tradeChangeWithEntries:
            (
                "--trade {trade}：选手 {number} 在工种 {from} 中已有 {held}，不能改工种；请先撤销（`judge score revert --batch ID`），或用新的参赛号重新报名",
                "--trade {trade}: competitor {number} has {held} in trade {from}, so the trade cannot change; take them back first (`judge score revert --batch ID`), or register the competitor again under a new number"
            )
        case .moveIntoClosedTrade:
            (
                "--trade {trade}：工种 {trade} {why}，不能再转入选手（与补报名一样）",
                "--trade {trade}: trade {trade} {why}, so no competitor can move into it (as no late registration can)"
            )
        case .statusChangeNeedsChief:
            (
                "工种 {trade} 环节 {round} 已锁定（{chief} 于 {at} 锁定）：修改其中选手的状态或工种需要裁判长（--chief ID）",
                "trade {trade}, round {round} is locked (by {chief} at {at}): a status or trade change in it needs the chief judge (--chief ID)"
            )
        case .unitChangeNeedsChief:
            (
                "--unit：选手 {number} 已有分数，而回避按单位判断，所以修改单位需要裁判长（--chief ID）",
                "--unit: competitor {number} has marks, and recusal (回避) is decided by unit, so a unit change needs the chief judge (--chief ID)"
            )
        case .publishedTradeChange:
            (
                "--{option}：工种 {trade} 已发布（第 {version} 版，{at}）：修改{change}会改变已发布的名次，应通过申诉（`judge appeal`）和更正解决",
                "--{option}: trade {trade} was published (version {version}, {at}): a {change} change would change the published ranking; it is settled through an appeal (`judge appeal`) and a correction"
            )
        }
    }
}
