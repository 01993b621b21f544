import Foundation
import Hummingbird
import Messages
import NIOCore

/// A request's JSON object, read field by field so that a score sent as a JSON number is refused
/// (`not_a_number`) rather than passed through binary floating point.
struct JSONBody {
    private let object: [String: Any]

    static func read(_ request: Request, context: ServiceContext) async throws -> JSONBody {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch is NIOTooManyBytesError {
            throw APIError(.bodyTooLarge)
        }
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView), options: [])
                as? [String: Any]
        else { throw APIError(.malformedJSON) }
        return JSONBody(object: object)
    }

    /// A text field; absent or null gives nil, any other JSON type is refused.
    func string(_ field: Field) throws -> String? {
        switch object[field.rawValue] {
        case nil, is NSNull: return nil
        case let text as String: return text
        default:
            throw APIError(field == .score ? .notANumber : .malformedJSON, field: field)
        }
    }

    /// A whole number field within `range` (a count of days); absent or null gives nil.
    func integer(_ field: Field, in range: ClosedRange<Int>) throws -> Int? {
        switch object[field.rawValue] {
        case nil, is NSNull: return nil
        case let number as NSNumber:
            guard let whole = Int(exactly: number.doubleValue), range.contains(whole) else {
                throw APIError(.malformedJSON, field: field)
            }
            return whole
        default: throw APIError(.malformedJSON, field: field)
        }
    }

    /// A text field that must be there and not blank.
    func required(_ field: Field) throws -> String {
        guard let text = try string(field), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError(.missingField, field: field)
        }
        return text
    }
}
