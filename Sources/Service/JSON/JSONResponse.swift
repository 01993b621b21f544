import Foundation
import Hummingbird

/// A JSON answer from a Foundation object tree: keys sorted, `NSNull` for the nulls API.md
/// shows (`"previous": null`), which Codable would leave out.
enum JSONResponse {
    static func data(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func make(_ object: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        make(data: try data(object), status: status, headers: headers)
    }

    /// An answer already made into JSON (off the event loop, where its objects were read).
    static func make(data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Optional {
    /// The value, or JSON null.
    var orNull: Any { map { $0 as Any } ?? NSNull() }
}
