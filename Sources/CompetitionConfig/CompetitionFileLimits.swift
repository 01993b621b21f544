import Messages
import Yams

/// Caps on the competition file, so a hostile or mistaken file is refused at once instead of
/// taking gigabytes: its size, the items of any one list, and the values its YAML aliases
/// (`*name`) expand to. Yams resolves an alias to the anchored node itself, so a few dozen
/// nested aliases stand for billions of values when the tree is walked; the walk below stops
/// at the cap.
enum CompetitionFileLimits {
    static let fileBytes = 1 << 20
    static let listItems = 10_000
    static let expandedValues = 200_000

    static func checkExpansion(_ root: Node, file: String) throws(Refusal) {
        var budget = expandedValues
        var stack = [root]
        while let node = stack.popLast() {
            budget -= 1
            guard budget >= 0 else {
                let mark = node.mark
                throw Refusal(
                    .tooManyValues, at: .key(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: ""),
                    [
                        "value": "more than \(expandedValues) values", "value.zh": "超过 \(expandedValues) 个值",
                        "max": String(expandedValues),
                    ])
            }
            switch node {
            case .scalar: break
            case .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
    }
}
