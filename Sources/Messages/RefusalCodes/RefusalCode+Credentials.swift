extension RefusalCode {
    /// PINs: who someone is (API.md: wrong_pin, locked_out), issuing PINs and printing them as slips.
    static let credentials: [RefusalCode: Wording] = [
        .noCredential:
            (
                "裁判 {judge} 还没有 PIN，而本赛事已启用 PIN：请用 `judge judges credentials --judge {judge}` 发放",
                "judge {judge} has no PIN yet, and PINs are in use: issue one with `judge judges credentials --judge {judge}`"
            ),
        .pinRequired:
            (
                "需要裁判 {judge} 的 PIN：请在提示时输入，脚本中可设置 $JUDGE_PIN",
                "judge {judge}'s PIN is required: type it when asked, or set $JUDGE_PIN for a script"
            ),
        .wrongPIN:
            (
                "裁判 {judge} 的 PIN 不正确：已拒绝并记录[；{window} 分钟内输错 {failures} 次，裁判 {judge} 被锁定 {minutes} 分钟]",
                "wrong PIN for judge {judge}: refused and recorded[; after {failures} wrong PINs within {window} minutes judge {judge} is locked out for {minutes} minutes]"
            ),
        .lockedOut:
            (
                "裁判 {judge} 连续输错 {failures} 次 PIN，已被锁定：请 {minutes} 分钟后再试",
                "judge {judge} is locked out after {failures} wrong PINs: try again in {minutes} minute{s}"
            ),
        .clerkNoCredential:
            (
                "录入员 {clerk} 还没有 PIN：请用 `judge clerks credentials --clerk {clerk}` 发放",
                "clerk {clerk} has no PIN yet: issue one with `judge clerks credentials --clerk {clerk}`"
            ),
        .clerkPINRequired:
            (
                "需要录入员 {clerk} 的 PIN：请在提示时输入，脚本中可设置 $JUDGE_CLERK_PIN",
                "clerk {clerk}'s PIN is required: type it when asked, or set $JUDGE_CLERK_PIN for a script"
            ),
        .clerkWrongPIN: ("录入员 {clerk} 的 PIN 不正确：已拒绝并记录", "wrong PIN for clerk {clerk}: refused and recorded"),
        .clerkLockedOut:
            (
                "录入员 {clerk} 连续输错 {failures} 次 PIN，已被锁定：请 {minutes} 分钟后再试",
                "clerk {clerk} is locked out after {failures} wrong PINs: try again in {minutes} minute{s}"
            ),
        .everyJudgeHasPIN:
            (
                "每位裁判都已有 PIN；如需更换，请指明：--judge ID --chief ID（并输入裁判长的 PIN）",
                "every judge has a PIN already; to replace one, name it: --judge ID --chief ID (with the chief's PIN)"
            ),
        .pinReplaceNeedsChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already has a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            ),
        .pinsReplaceNeedChief:
            (
                "{who} 已有 PIN：更换需要裁判长（--chief ID 并输入裁判长的 PIN）",
                "{who} already have a PIN: replacing it needs the chief judge (--chief ID and the chief's PIN)"
            ),
        .noClerksDeclared:
            (
                "竞赛文件没有声明录入员（clerks:，每人一个 id 和 name）：批量导入可自由填写录入员",
                "the competition file declares no clerks (clerks:, each with an id and a name): batch imports name their clerk freely"
            ),
        .everyClerkHasPIN:
            (
                "每位录入员都已有 PIN；如需更换，请指明：--clerk ID --chief ID",
                "every clerk has a PIN already; to replace one, name it: --clerk ID --chief ID"
            ),
        .slipsNotHTML:
            (
                "--slips {file}：PIN 条是 HTML 文件；请给一个以 .html 结尾的文件名",
                "--slips {file}: the slips are an HTML file; give a name ending in .html"
            ),
        .slipsExist:
            (
                "--slips {file}：文件已存在；PIN 条从不覆盖文件，请换一个名字",
                "--slips {file}: the file exists; PIN slips never replace a file, give a new name"
            ),
        .slipsNoFolder:
            ("--slips {file}：文件夹 {folder} 不存在；请先创建", "--slips {file}: no folder {folder}; create it first"),
        .slipsNotWritten:
            (
                "{file}：{reason}；{judges} 的 PIN 已签发但未写出：请用 --judge ID --chief ID 更换",
                "{file}: {reason}; the PINs of {judges} were issued but not written: replace them with --judge ID --chief ID"
            ),
    ]
}
