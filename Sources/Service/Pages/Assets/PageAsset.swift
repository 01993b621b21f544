/// A script or style sheet the pages load from `/assets/<name>`. Kept as Swift constants rather
/// than SwiftPM resources: the `judge` binary then serves them wherever it is copied, with no
/// resource bundle to find beside it at run time.
struct PageAsset: Sendable {
    let name: String
    let contentType: String
    let body: String

    static let all = [style, commonScript, judgeScript, chiefScript, boardScript]

    static func named(_ name: String) -> PageAsset? {
        all.first { $0.name == name }
    }
}
