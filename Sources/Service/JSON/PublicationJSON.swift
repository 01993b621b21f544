import Foundation
import Officiating
import StoreValues

/// A published version as `GET /api/v1/publications` lists it: its files with the console's
/// address for each (printable from the browser).
enum PublicationJSON {
    static func object(_ publication: Publication) -> [String: Any] {
        [
            "trade": publication.trade.rawValue, "version": publication.version,
            "sha256": publication.sheetSHA256, "published_at": Timestamp.text(publication.publishedAt),
            "published_by": publication.publishedBy.rawValue,
            "notice_ends_at": Timestamp.text(publication.noticeEndsAt),
            "final": publication.finalAt != nil,
            "files": publication.files.map { file in
                ["name": file.name, "href": DocumentRoutes.href(trade: publication.trade, name: file.name)]
            },
        ]
    }
}
