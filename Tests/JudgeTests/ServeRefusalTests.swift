import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `judge serve` that cannot listen says why in the clerk's language, naming the option to
/// change, rather than the network library's English.
struct ServeRefusalTests {
    /// A socket listening on a free port of 127.0.0.1, and that port.
    static func occupiedPort() throws -> (socket: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        try #require(bound)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aPortInUseIsRefusedInChineseAndEnglish() throws {
        let folder = try VenueFolder.loaded()
        let (fd, port) = try Self.occupiedPort()
        defer { close(fd) }
        let arguments = ["serve", "--host", "127.0.0.1", "--port", String(port)]
        let zh = try JudgeProcess.run(arguments, in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(
            zh.stderr.hasSuffix(
                "错误：--port \"\(port)\": 这个端口已被占用（可能已有一个 judge serve 在运行）：请换一个 --port，或先关闭占用它的程序\n"),
            "\(zh.stderr)")
        let en = try JudgeProcess.run(arguments + ["--lang", "en"], in: folder)
        #expect(en.status == 1)
        #expect(
            en.stderr.hasSuffix(
                "Error: --port \"\(port)\": the port is in use (another judge serve may be running): choose another --port, or stop what uses it\n"
            ), "\(en.stderr)")
    }

    @Test(arguments: ["192.0.2.1", "nosuchhost.invalid"])
    func anAddressNotOfThisMachineIsRefused(host: String) throws {
        let folder = try VenueFolder.loaded()
        let zh = try JudgeProcess.run(
            ["serve", "--host", host, "--port", "0"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(
            zh.stderr.hasSuffix("错误：--host \"\(host)\": 不是本机的地址：请用 127.0.0.1（只供本机）、0.0.0.0（供赛场网络）或本机的一个网络地址\n"),
            "\(zh.stderr)")
    }
}
