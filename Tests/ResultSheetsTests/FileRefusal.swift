import Messages
import Testing

/// A refusal of a place in a file as the tests name it, its message in English.
struct FileRefusal: Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var value: String
    var problem: String

    init(file: String, line: Int, column: Int, value: String, problem: String) {
        (self.file, self.line, self.column, self.value, self.problem) = (file, line, column, value, problem)
    }

    init(_ refusal: Refusal) {
        self.init(
            file: refusal.file, line: refusal.line, column: refusal.column, value: refusal.value,
            problem: refusal.problem)
    }

    var description: String { "\(file):\(line):\(column): \"\(value)\" — \(problem)" }
}

extension Refusal {
    var file: String {
        guard case .row(let file, _, _, _)? = place else { return "" }
        return file
    }

    var line: Int {
        guard case .row(_, let line, _, _)? = place else { return -1 }
        return line
    }

    var column: Int {
        guard case .row(_, _, let column, _)? = place else { return -1 }
        return column ?? 0
    }

    var value: String { values["value"] ?? "" }
    var problem: String { message(in: .en) }
}

/// Expects `body` to throw a `Refusal` of that place.
func expectRefusal<Result>(
    _ expected: FileRefusal, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Result
) {
    do {
        _ = try body()
        Issue.record("expected the refusal \(expected)", sourceLocation: sourceLocation)
    } catch let refusal as Refusal {
        #expect(FileRefusal(refusal) == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected the refusal \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
