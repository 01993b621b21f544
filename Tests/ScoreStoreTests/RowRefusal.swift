import Messages
import Testing

/// A refusal of an input row as the tests name it: line, field, value and English message.
struct RowRefusal: Equatable, CustomStringConvertible {
    var line: Int
    var field: String
    var value: String
    var problem: String

    init(line: Int, field: String, value: String, problem: String) {
        (self.line, self.field, self.value, self.problem) = (line, field, value, problem)
    }

    init(_ refusal: Refusal) {
        guard case .row(_, let line, _, let field)? = refusal.place else {
            self.init(line: -1, field: "", value: refusal.values["value"] ?? "", problem: refusal.message(in: .en))
            return
        }
        self.init(
            line: line, field: field?.rawValue ?? "", value: refusal.values["value"] ?? "",
            problem: refusal.message(in: .en))
    }

    var description: String { "line \(line), \(field) \"\(value)\": \(problem)" }
}

/// Expects `body` to throw a `Refusal` of that row.
func expectRefusal(
    _ expected: RowRefusal, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Any
) {
    do {
        _ = try body()
        Issue.record("expected the refusal \(expected)", sourceLocation: sourceLocation)
    } catch let refusal as Refusal {
        #expect(RowRefusal(refusal) == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected the refusal \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
