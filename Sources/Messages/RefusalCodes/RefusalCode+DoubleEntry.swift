extension RefusalCode {
    /// Double entry: two clerks type every mark of a round.
    static let doubleEntry: [RefusalCode: Wording] = [
        .doubleEntryNeedsPIN:
            (
                mark.zh + "：本赛事登记了录入员，双录环节的每次录入须由录入员凭 PIN 录入（--clerk 编号和 $JUDGE_CLERK_PIN），或由裁判本人凭 PIN 录入",
                mark.en
                    + ": this competition declares its clerks, so each entry of a double-entry round is made by a clerk who gave a PIN (--clerk ID and $JUDGE_CLERK_PIN) or by the judge with the judge's PIN"
            ),
        .doubleEntryConfirmed:
            (
                mark.zh + "：该分数已经双录确认，只有裁判长可以修改",
                mark.en + ": the mark is already confirmed by double entry; only the chief judge can change it"
            ),
        .doubleEntrySameClerk:
            (
                mark.zh + "：录入员 {clerk} 已录过这个分数；环节 {round} 的每个分数须由两名不同的录入员录入",
                mark.en
                    + ": clerk {clerk} has already entered this mark; in round {round} each mark is entered by two different clerks"
            ),
        .notDoubleEntry:
            (
                "环节 {round} 不是双录环节（double_entry），无需裁决",
                "round {round} is not entered twice (double_entry): there is nothing to resolve"
            ),
        .nothingToResolve:
            (mark.zh + "：没有不一致的录入，无需裁决", mark.en + ": no open entries disagree, so there is nothing to resolve"),
        .oneEntryOnly:
            (
                mark.zh + "：只有一名录入员录入过；第二名录入员录入后即可确定",
                mark.en + ": only one clerk has entered it; a second clerk's entry settles it"
            ),
    ]
}
