import Testing

@testable import KTXHWeb

/// `ktxh serve --trusted-proxy`: whose X-Forwarded-For names the client whose failed logins are counted.
@Suite("Trusted proxies")
struct TrustedProxiesTests {
    @Test("Networks are read as CIDR, IPv4 and IPv6; anything else is refused")
    func networks() throws {
        let lan = try #require(TrustedProxies.Network("10.0.0.0/8"))
        #expect(lan.contains("10.20.30.40") && !lan.contains("11.0.0.1") && !lan.contains("::1"))
        let host = try #require(TrustedProxies.Network("127.0.0.1"))
        #expect(host.contains("127.0.0.1") && !host.contains("127.0.0.2"))
        let six = try #require(TrustedProxies.Network("fd00::/8"))
        #expect(six.contains("fd12:3456::1") && !six.contains("fe80::1"))
        #expect(try #require(TrustedProxies.Network("192.168.1.0/25")).contains("192.168.1.127"))
        #expect(!(try #require(TrustedProxies.Network("192.168.1.0/25")).contains("192.168.1.128")))
        for bad in ["10.0.0.0/33", "proxy.tinh.gov.vn", "10.0.0/8", "", "::1/129"] {
            #expect(TrustedProxies.Network(bad) == nil, "\(bad)")
        }
    }

    @Test("The header is believed only from a trusted proxy, read from the right past the proxies themselves")
    func client() throws {
        let proxies = TrustedProxies([try #require(TrustedProxies.Network("10.0.0.0/8"))])
        // Without the flag, or from anyone else, a forged header changes nothing.
        #expect(TrustedProxies().client(peer: "203.0.113.9", forwardedFor: ["1.2.3.4"]) == "203.0.113.9")
        #expect(proxies.client(peer: "203.0.113.9", forwardedFor: ["1.2.3.4"]) == "203.0.113.9")
        // Through the province's proxy: the client it names, not what the client wrote before it.
        #expect(proxies.client(peer: "10.0.0.5", forwardedFor: ["6.6.6.6, 198.51.100.7"]) == "198.51.100.7")
        #expect(proxies.client(peer: "10.0.0.5", forwardedFor: ["198.51.100.7, 10.0.0.9"]) == "198.51.100.7")
        #expect(proxies.client(peer: "10.0.0.5", forwardedFor: []) == "10.0.0.5")
        #expect(proxies.client(peer: "10.0.0.5", forwardedFor: ["không phải địa chỉ"]) == "10.0.0.5")
        #expect(proxies.client(peer: nil, forwardedFor: ["1.2.3.4"]) == nil)
    }
}
