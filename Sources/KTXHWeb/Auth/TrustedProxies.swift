import Foundation
import Glibc

/// Máy chủ trung gian tin cậy: the reverse proxies (`ktxh serve --trusted-proxy CIDR…`) whose `X-Forwarded-For`
/// names the client. A request from anywhere else is the client itself, and its header is ignored: anyone can write
/// one, and the login rate limit per address would count whatever they wrote.
public struct TrustedProxies: Sendable, Hashable {
    /// One network: its address bytes (4 for IPv4, 16 for IPv6) and prefix length.
    public struct Network: Sendable, Hashable {
        var bytes: [UInt8]
        var prefix: Int

        /// "10.0.0.0/8", "127.0.0.1", "fd00::/8"; nil for anything else.
        public init?(_ text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let bytes = Self.address(String(parts[0])) else { return nil }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...(bytes.count * 8)).contains(prefix) else { return nil }
            self.bytes = bytes
            self.prefix = prefix
        }

        public func contains(_ address: String) -> Bool {
            guard let other = Self.address(address), other.count == bytes.count else { return false }
            var left = prefix
            for (a, b) in zip(bytes, other) where left > 0 {
                let bits = min(8, left)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if a & mask != b & mask { return false }
                left -= bits
            }
            return true
        }

        /// The address's bytes, through the C library's own parser.
        static func address(_ text: String) -> [UInt8]? {
            var v4 = in_addr()
            if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
            var v6 = in6_addr()
            if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
            return nil
        }
    }

    public var networks: [Network]

    public init(_ networks: [Network] = []) {
        self.networks = networks
    }

    public func trusts(_ address: String) -> Bool {
        networks.contains { $0.contains(address) }
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the nearest address in
    /// `X-Forwarded-For` (read from the right) that is not itself a trusted proxy.
    public func client(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer, trusts(peer) else { return peer }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { Network.address($0) != nil }
        return chain.last { !trusts($0) } ?? chain.first ?? peer
    }
}
