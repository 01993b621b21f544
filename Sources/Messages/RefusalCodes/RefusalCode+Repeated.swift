extension RefusalCode {
    /// A value given twice in a file, or already stored.
    static let repeated: [RefusalCode: Wording] = [
        .givenTwice:
            (
                mark.zh + "：本文件中同一分数出现了两次（第一次在第 {first} 行）",
                mark.en + ": the same mark is given twice in this file (first at line {first})"
            ),
        .alreadyStored:
            (
                mark.zh + "：已有分数（{stored}[，来自 {file} 第 {line} 行]）；如需修改请加 --replace",
                mark.en + ": a mark is already stored ({stored}[, from {file} line {line}]); use --replace to change it"
            ),
        .timeGivenTwice:
            (
                "选手 {number}、环节 {round}：本文件中同一用时出现了两次（第一次在第 {first} 行）",
                "competitor {number}, round {round}: the same time is given twice in this file (first at line {first})"
            ),
        .timeAlreadyStored:
            (
                "选手 {number}、环节 {round}：已有用时（{seconds} 秒）；如需修改请加 --replace",
                "competitor {number}, round {round}: a time is already stored ({seconds} s); use --replace to change it"
            ),
        .protectedMark:
            (
                mark.zh + "：已存分数（{stored}）由{owner}录入；--replace 不能覆盖，只有裁判长可用 `judge score correct` 修改",
                mark.en
                    + ": the stored mark ({stored}) was entered by {owner}; --replace never overwrites it: only the chief judge changes it, with `judge score correct`"
            ),
        .numberGivenTwice:
            (
                "参赛号 {number} 在本文件中出现了两次（第一次在第 {first} 行）",
                "competitor number {number} is given twice in this file (first at line {first})"
            ),
        .numberTaken:
            ("参赛号 {number} 已在名单中（{name}）", "competitor number {number} is already on the roster ({name})"),
    ]
}
