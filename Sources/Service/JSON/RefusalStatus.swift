public import HTTPTypes
public import Messages

/// Each refusal code's HTTP status, once (API.md).
public enum RefusalStatus {
    public static func of(_ code: RefusalCode) -> HTTPResponse.Status {
        switch code {
        case .missingField, .notANumber, .tooManyPlaces, .negative, .tooLarge, .aboveMaximum: .unprocessableContent
        case .reasonRequired, .rulingRequired, .noticeTooShort: .unprocessableContent
        case .wrongPIN, .signInRefused, .notSignedIn: .unauthorized
        case .lockedOut: .tooManyRequests
        case .csrf, .badOrigin, .notChief, .notChiefNoneNamed, .notInPanel, .recused, .notAdmitted, .notActive:
            .forbidden
        // Another chief judge must: the CLI's rule for a flag on one's own marks.
        case .ownFlag: .forbidden
        case .unknownCompetitor, .unknownRound, .unknownCriterion, .unknownTrade, .notFound, .unknownAppeal: .notFound
        case .roundLocked, .doubleEntryRound, .blocked, .alreadyLocked, .markProtected, .requestReused: .conflict
        case .malformedJSON: .badRequest
        case .bodyTooLarge: .contentTooLarge
        // The CLI's own refusals (options, files, publication: rounds not locked, the audit log
        // broken, a flag not confirmed, an appeal after the notice period): a state that forbids it.
        default: .conflict
        }
    }
}
