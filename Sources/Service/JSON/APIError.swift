import Foundation
public import Hummingbird
public import Messages

/// A refusal as the API answers it: the status of its code and
/// `{"error": {"code", "message", "field"}}`, the message in Chinese.
public struct APIError: HTTPResponseError {
    public let refusal: Refusal
    /// `judge lock`'s lines, for `blocked`.
    public var blockers: [String]? = nil
    public var retryAfter: Int? = nil

    public init(_ refusal: Refusal, blockers: [String]? = nil, retryAfter: Int? = nil) {
        self.refusal = refusal
        self.blockers = blockers
        self.retryAfter = retryAfter
    }

    public init(_ code: RefusalCode, field: Field? = nil) {
        self.init(Refusal(code, at: field.map { .field($0) }))
    }

    public var status: HTTPResponse.Status { RefusalStatus.of(refusal.code) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var error: [String: Any] = [
            "code": refusal.code.wireCode,
            "message": refusal.message(in: .zh),
            "field": field.map { $0 as Any } ?? NSNull(),
        ]
        if let blockers { error["blockers"] = blockers }
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let retryAfter { headers[.retryAfter] = "\(retryAfter)" }
        let body = try JSONSerialization.data(withJSONObject: ["error": error], options: [.sortedKeys])
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    var field: String? {
        guard case .field(let field)? = refusal.place else { return nil }
        return field.rawValue
    }
}
