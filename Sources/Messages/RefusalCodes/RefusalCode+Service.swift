extension RefusalCode {
    /// The service's doors (API.md): a session, a request, a page's state.
    static let service: [RefusalCode: Wording] = [
        .csrf: ("页面已过期，请刷新后重试", "the page is out of date (CSRF token): reload it and try again"),
        .signInRefused: ("裁判编号或 PIN 不对", "wrong judge id or PIN"),
        .badOrigin: ("请求来自其他网站，已拒绝", "the request came from another site and was refused"),
        .notSignedIn: ("请先登录", "sign in first"),
        .notAdmitted: ("该选手未进入此环节", "the competitor is not admitted to this round"),
        .notActive: ("该选手已缺考、取消资格或退赛，不能打分", "the competitor is absent, disqualified or withdrawn"),
        .doubleEntryRound:
            (
                "该环节由记分员按纸质评分表双人录入，不在此打分",
                "this round is entered twice by clerks from paper sheets, not here"
            ),
        .markProtected:
            (
                "该分数由记分员或裁判长录入，只有裁判长可以更改",
                "this mark was entered by a clerk or the chief judge: only the chief judge changes it"
            ),
        .requestReused:
            (
                "该请求号已用于另一个分数，请重新提交",
                "this request_id was already used for another mark: send it with a new one"
            ),
        .malformedJSON: ("请求格式不对（不是有效的 JSON）", "the request body is not valid JSON"),
        .bodyTooLarge: ("请求过大，已拒绝", "the request body is too large"),
        .notFound: ("没有这个地址", "no such address"),
    ]
}
