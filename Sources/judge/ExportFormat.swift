import ArgumentParser
import Foundation
import Messages
import ResultSheets

/// One format of `results export --format`: the CSV sheet, or the printable documents.
enum ExportFormat: String, CaseIterable, Sendable {
    case csv, html, xlsx

    var printed: PrintedSet.Format? {
        switch self {
        case .csv: nil
        case .html: .html
        case .xlsx: .xlsx
        }
    }
}

/// `--format csv,html,xlsx`: a comma list, each format once.
enum ExportFormats {
    static func parse(_ argument: String) throws -> Set<ExportFormat> {
        var formats: Set<ExportFormat> = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ExportFormat(rawValue: name) else {
                throw ValidationError(Refusal(.unknownFormat, ["formats": argument, "format": String(part)]))
            }
            guard formats.insert(format).inserted else {
                throw ValidationError(Refusal(.formatGivenTwice, ["formats": argument, "format": name]))
            }
        }
        return formats
    }
}
