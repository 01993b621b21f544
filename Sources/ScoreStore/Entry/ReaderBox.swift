import Foundation

/// Hands the read closure to the reading thread, the only one that ever calls it.
struct ReaderBox<Element>: @unchecked Sendable {
    let read: () throws -> Element?

    init(_ read: @escaping () throws -> Element?) {
        self.read = read
    }
}
