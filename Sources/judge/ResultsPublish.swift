import ArgumentParser
import Foundation
import Messages
import Officiating
import ScoringCore
import StoreValues

struct ResultsPublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: Phrase.abstractPublish.text(),
        discussion: Phrase.discussResultsPublish.template(in: .current))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var chief: ChiefOptions

    @Option(help: ArgumentHelp(Phrase.argPublishTrade.text(), valueName: "id"))
    var trade: TradeID

    @Option(help: ArgumentHelp(Phrase.argPublishFolder.text(), valueName: "dir"))
    var out: String?

    @Option(
        name: .customLong("notice-days"),
        help: ArgumentHelp(Phrase.argNoticeDays.text()))
    var noticeDays: Int?

    @Flag(help: ArgumentHelp(Phrase.optionFinal.text()))
    var final = false

    func validate() throws {
        if let noticeDays, noticeDays < 0 {
            throw ValidationError(Refusal(.negativeNoticeDays, ["days": String(noticeDays)]))
        }
        guard final || out != nil else { throw ValidationError(Refusal(.outRequired)) }
    }

    func run() throws {
        let venue = try database.open()
        if final {
            let made = try MakeResultsFinal(trade: trade, chief: chief.chief).run(in: venue, pin: PINEntry.read)
            try venue.close()
            print(
                Phrase.publishedFinal.text(
                    [
                        "trade": "\(made.trade.name) (\(made.trade.id))", "version": String(made.version),
                        "sha256": made.sha256,
                    ]))
            if let pin = made.auditPin { print(Phrase.auditPinKeep.text(["pin": pin])) }
            return
        }
        let outcome = try PublishResults(
            trade: trade, chief: chief.chief, folder: URL(fileURLWithPath: out ?? "."), noticeDays: noticeDays
        ).run(in: venue, pin: PINEntry.read)
        try venue.close()
        switch outcome {
        case .unchanged(let trade, let version, let sha256):
            print(
                Phrase.publishUnchanged.text(
                    ["trade": "\(trade.name) (\(trade.id))", "version": String(version), "sha256": sha256]))
        case .published(let published):
            let urls = published.files
            print(
                Phrase.published.text(
                    [
                        "trade": "\(published.trade.name) (\(published.trade.id))",
                        "version": String(published.version), "file": urls[0].relativePath,
                    ]))
            print("sha256 \(published.sha256)")
            print(
                Phrase.noticePeriod.text(
                    [
                        "start": LocalTime.textWithZone(published.noticeStart),
                        "end": LocalTime.textWithZone(published.noticeEnd),
                    ]))
            if let pin = published.auditPin { print(Phrase.auditPinKeep.text(["pin": pin])) }
            if let changes = published.changes {
                print(
                    Phrase.publishChanges.text(
                        [
                            "previous": String(published.version - 1), "cells": String(changes.cells),
                            "competitors": String(changes.competitors),
                        ]))
            }
            print(Phrase.wroteFiles.text(["files": urls.dropFirst().map(\.relativePath).joined(separator: ", ")]))
        }
    }
}
