public import StoreValues

/// One typed mark waiting to be stored with others in one transaction (`enterMarks`): what
/// `enterMark` takes.
public struct TypedMark: Sendable {
    public var row: MarkRow
    public var clerk: String
    public var replace: Bool
    public var authenticated: Authentication?
    public var request: WebMarkRequest?

    public init(row: MarkRow, clerk: String, replace: Bool, authenticated: Authentication?, request: WebMarkRequest?) {
        self.row = row
        self.clerk = clerk
        self.replace = replace
        self.authenticated = authenticated
        self.request = request
    }
}
