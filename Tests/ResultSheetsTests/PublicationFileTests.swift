import Foundation
import Messages
import ResultSheets
import Testing

struct PublicationFileTests {
    @Test func theManifestHasSha256sumLines() {
        var manifest = SHA256Manifest()
        manifest.add("t1-v1.csv", Data("abc".utf8))
        manifest.add("空.csv", Data())
        #expect(
            String(decoding: manifest.render(), as: UTF8.self)
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  t1-v1.csv\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  空.csv\n")
    }

    @Test func aPublishedFileIsNeverReplaced() throws {
        let folder = try TemporaryCSV.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("t1-v1.csv")
        try PublishedFile.create(Data("first".utf8), at: url)
        #expect(throws: Refusal(.cannotWrite, at: .file(url.path), ["reason": "file exists", "reason.zh": "文件已存在"])) {
            try PublishedFile.create(Data("second".utf8), at: url)
        }
        #expect(try Data(contentsOf: url) == Data("first".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t1-v1.csv"])
    }

    @Test func anIdenticalCopyResemblesOnEveryLine() {
        let sheet = Data("\u{FEFF}a,b\r\n1,2\r\n".utf8)
        let resemblance = SheetResemblance(published: sheet, candidate: sheet)
        #expect(resemblance.equalLines == 2)
        #expect(resemblance.firstDifference == nil)
    }

    @Test func anEditedCopyNamesTheFirstLineThatDiffers() {
        let published = Data("\u{FEFF}a,b\r\n1,85.50\r\n2,80.00\r\n".utf8)
        let edited = Data("\u{FEFF}a,b\r\n1,95.50\r\n2,80.00\r\n".utf8)
        let resemblance = SheetResemblance(published: published, candidate: edited)
        #expect(resemblance.equalLines == 2)
        #expect(resemblance.firstDifference == 2)
        #expect(resemblance.published == "1,85.50")
        #expect(resemblance.candidate == "1,95.50")
    }

    @Test func aTruncatedCopyDiffersWhereItEnds() {
        let resemblance = SheetResemblance(published: Data("a\r\nb\r\nc\r\n".utf8), candidate: Data("a\r\nb\r\n".utf8))
        #expect(resemblance.firstDifference == 3)
        #expect(resemblance.published == "c")
        #expect(resemblance.candidate == "")
    }
}
