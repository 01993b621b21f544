import Foundation
import Hummingbird
import Messages
import Officiating
import ScoringCore

/// `GET /chief/documents/{trade}/{name}`: a file a publication wrote (成绩公示, 获奖名单, 晋级名单 …),
/// read-only, for the chief judge to print from the browser. Only names the publication recorded,
/// only while their bytes are the published ones.
enum DocumentRoutes {
    /// The printed documents style themselves inline and run no script: this route alone allows
    /// inline style, and nothing else (no script, no fetch, no form).
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'none'"

    static func href(trade: TradeID, name: String) -> String {
        "/chief/documents/\(escaped(trade.rawValue))/\(escaped(name))"
    }

    /// One segment of a path (or an RFC 5987 file name): `/` and everything outside it escaped.
    private static func escaped(_ text: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/;'\""))
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func register(on router: Router<ServiceContext>, _ state: ServiceState) {
        router.get("/chief/documents/{trade}/{name}") { request, context in
            let judge = try await RouteGuard.chief(request, context, for: "judge results publish", state)
            let trade = TradeID(try context.parameters.require("trade"))
            let name = try context.parameters.require("name")
            let (venue, folder) = (state.venue(signedIn: judge.id), state.publicationFolder)
            let data = try await ChiefAction.run {
                try ReadPublishedDocument(trade: trade, name: name, folder: folder).run(in: venue)
            }
            var headers: HTTPFields = [.contentType: contentType(of: name), .cacheControl: "no-store"]
            headers[.contentSecurityPolicy] = contentSecurityPolicy
            if !name.hasSuffix(".html") {
                // The sheets and workbooks are saved, not shown.
                headers[.contentDisposition] = "attachment; filename*=UTF-8''\(escaped(name))"
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        default: "text/plain; charset=utf-8"
        }
    }
}
