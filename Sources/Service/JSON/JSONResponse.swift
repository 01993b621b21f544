import Foundation
import Hummingbird

/// A JSON answer from a Foundation object tree: keys sorted, `NSNull` for the nulls API.md
/// shows (`"previous": null`), which Codable would leave out.
enum JSONResponse {
    static func data(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func make(_ object: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try data(object))))
    }
}

extension Optional {
    /// The value, or JSON null.
    var orNull: Any { map { $0 as Any } ?? NSNull() }
}
