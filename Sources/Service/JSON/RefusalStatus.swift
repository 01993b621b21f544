public import HTTPTypes
public import Messages

/// Each refusal code's HTTP status, once (API.md).
public enum RefusalStatus {
    public static func of(_ code: RefusalCode) -> HTTPResponse.Status {
        switch code {
        case .missingField, .notANumber, .tooManyPlaces, .negative, .tooLarge, .aboveMaximum: .unprocessableContent
        case .wrongPIN, .signInRefused, .notSignedIn: .unauthorized
        case .lockedOut: .tooManyRequests
        case .csrf, .badOrigin, .notChief, .notInPanel, .recused, .notAdmitted, .notActive: .forbidden
        case .unknownCompetitor, .unknownRound, .unknownCriterion, .unknownTrade, .notFound: .notFound
        case .roundLocked, .doubleEntryRound, .blocked, .alreadyLocked, .markProtected, .requestReused: .conflict
        case .malformedJSON: .badRequest
        case .bodyTooLarge: .contentTooLarge
        // The CLI's own refusals (options, files, publication): a state that forbids the action.
        default: .conflict
        }
    }
}
