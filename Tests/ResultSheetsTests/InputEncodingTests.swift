import Foundation
import Messages
import Testing

@testable import ResultSheets

/// UTF-8 or GB18030, found by reading the whole file first (`acceptingGB18030`).
struct InputEncodingTests {
    /// 张三 in GB18030 (and GBK).
    static let zhangSanGB: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD]

    static func read(_ bytes: [UInt8]) throws -> (encoding: InputEncoding, names: [String]) {
        try TemporaryCSV.with(bytes) { path in
            let reader = try CSVTableReader(path: path, required: ["number", "name"], acceptingGB18030: true)
            var names: [String] = []
            while let record = try reader.next() { names.append(record.fields[1]) }
            return (reader.encoding, names)
        }
    }

    @Test func aGB18030FileIsReadAsItsText() throws {
        let bytes = Array("number,name\n1,".utf8) + Self.zhangSanGB + Array("\n".utf8)
        let read = try Self.read(bytes)
        #expect(read.encoding == .gb18030)
        #expect(read.names == ["张三"])
    }

    /// A long first row puts a character's first byte on the last byte of the first chunk.
    static func cutAtTheChunkEnd(_ character: [UInt8]) -> [UInt8] {
        let header = Array("number,name\n".utf8)
        let filler = RecordStream.chunkSize - 1 - header.count - "1,\n2,".utf8.count
        return header + Array("1,".utf8) + [UInt8](repeating: 0x61, count: filler) + Array("\n2,".utf8) + character
            + Array("\n".utf8)
    }

    @Test func aGB18030CharacterCutByTheChunkEndIsDecodedWhole() throws {
        let read = try Self.read(Self.cutAtTheChunkEnd(Self.zhangSanGB))
        #expect(read.encoding == .gb18030)
        #expect(read.names.last == "张三")
    }

    @Test func aUTF8CharacterCutByTheChunkEndIsStillUTF8() throws {
        let read = try Self.read(Self.cutAtTheChunkEnd(Array("张三".utf8)))
        #expect(read.encoding == .utf8)
        #expect(read.names.last == "张三")
    }

    @Test func aFileInNeitherIsRefusedAtItsFirstLineThatIsNotUTF8() throws {
        let bytes = Array("number,name\n1,A\n2,Ren".utf8) + [0xE9] + Array("\n".utf8)
        let error = try #require(throws: Refusal.self) { try Self.read(bytes) }
        #expect(error.line == 3)
        #expect(error.value == "2,Ren\\xE9")
        #expect(error.problem.contains("CSV UTF-8"))
    }

    @Test func aGB18030FileCutInsideACharacterIsRefused() throws {
        let bytes = Array("number,name\n1,".utf8) + [0xD5]
        #expect(throws: Refusal.self) { try Self.read(bytes) }
    }

    @Test func withoutTheOptionOnlyUTF8IsRead() throws {
        let bytes = Array("number,name\n1,".utf8) + Self.zhangSanGB + Array("\n".utf8)
        let error = try #require(throws: Refusal.self) {
            try TemporaryCSV.with(bytes) { path in
                let reader = try CSVTableReader(path: path, required: ["number", "name"])
                _ = try reader.next()
            }
        }
        #expect(error.problem == "invalid UTF-8")
    }
}
