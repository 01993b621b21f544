extension Phrase {
    /// What `judge serve` prints once it listens: the addresses of its pages, then the line a
    /// script waits for (scripts that read it ask for `--lang en`).
    static let serve: [Phrase: Wording] = [
        .serveJudges: ("裁判评分：      {base}/judge", "judges (裁判评分):   {base}/judge"),
        .serveChief: ("裁判长控制台：  {base}/chief", "chief (裁判长):      {base}/chief"),
        .serveBoard: ("大屏：          {base}/board", "hall board (大屏):   {base}/board"),
        .serveStarted:
            (
                "judge serve：{path}，地址 {host}:{port}；按 Ctrl-C 停止",
                "judge serve: {path} on {host}:{port}; stop with Ctrl-C"
            ),
    ]
}
