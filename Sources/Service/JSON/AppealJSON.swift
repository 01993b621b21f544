import Foundation
import Officiating
import StoreValues

/// An appeal as `GET /api/v1/appeals` lists it and the appeal routes answer it.
enum AppealJSON {
    static func object(_ appeal: Appeal) -> [String: Any] {
        [
            "id": appeal.id, "trade": appeal.trade.rawValue, "version": appeal.version,
            "number": appeal.number.rawValue, "reason": appeal.reason, "filed_by": appeal.filedBy,
            "filed_at": Timestamp.text(appeal.filedAt), "open": appeal.isOpen, "ruling": appeal.ruling.orNull,
            "ruled_by": appeal.ruledBy.map(\.rawValue).orNull, "ruled_at": appeal.ruledAt.map(Timestamp.text).orNull,
        ]
    }
}
