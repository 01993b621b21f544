import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The addresses to type into a tablet: loopback as given, or every IPv4 address of this
/// machine when serving the venue network (0.0.0.0).
enum ServeAddresses {
    static func list(host: String, port: Int) -> [String] {
        guard host == "0.0.0.0" else { return ["http://\(host):\(port)"] }
        var addresses: [String] = []
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return ["http://0.0.0.0:\(port)"] }
        defer { freeifaddrs(first) }
        var next = first
        while let entry = next {
            defer { next = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == UInt8(AF_INET) else { continue }
            var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard
                getnameinfo(
                    address, socklen_t(MemoryLayout<sockaddr_in>.size), &name, socklen_t(name.count), nil, 0,
                    NI_NUMERICHOST) == 0
            else { continue }
            let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            addresses.append("http://\(host):\(port)")
        }
        return addresses.isEmpty ? ["http://0.0.0.0:\(port)"] : addresses
    }
}
