/// `GET /api/v1/openapi.json`: the contract of API.md as OpenAPI 3.1. schemathesis runs requests
/// generated from it against the service and checks every answer against it (ServiceTests).
enum OpenAPIDocument {
    static let json = [opening, paths, components].joined(separator: "\n")

    /// The version and what the service is.
    private static let opening: String = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "judge serve", "version": "1.0.0",
                   "description": "Judges mark on tablets, the chief judge signs off, the hall board shows progress and results. Every score is a JSON string with at most 2 decimal places."},
        """#

    /// The error answers of an operation, one `"status": Error` entry each.
    static func errors(_ statuses: Int...) -> String {
        statuses.map { ##""\##($0)": {"$ref": "#/components/responses/Error"}"## }.joined(separator: ",\n" + indent)
    }

    /// What a request that changes state may be refused with: malformed, not signed in, not
    /// allowed, unknown, not now, too large, bad values.
    static let changeErrors = errors(400, 401, 403, 404, 409, 413, 422)

    static let indent = String(repeating: " ", count: 18)
}
