public import ResultSheets

/// What an import stored, and the encoding its file was read in.
public struct Imported<Result> {
    public let result: Result
    public let encoding: InputEncoding
}
