/// A clerk (录入员): once the competition declares clerks, every batch import is made by one
/// of them, who proves it with a PIN.
public struct Clerk: Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
