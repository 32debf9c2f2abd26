import KTXHCore
import Vapor

/// The account behind a request, with its session's CSRF token.
struct SignedIn: Sendable {
    var account: Account
    var csrfToken: String
    var tokenHash: String
}

extension Request {
    private struct SignedInKey: StorageKey {
        typealias Value = SignedIn
    }

    /// Nil for an anonymous request.
    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The signed-in account; throws 403 where a route needs one and has none (never reached behind a
    /// route registered with `secure`).
    var account: Account {
        get throws {
            guard let account = signedIn?.account else { throw Abort(.forbidden, reason: Self.forbidden) }
            return account
        }
    }

    /// Throws 403 unless the `Policy` lets the signed-in account do `permission` for `body`.
    func authorize(_ permission: Permission, for body: ReportingBody? = nil) throws {
        guard Policy.allows(signedIn?.account, permission, for: body) else {
            throw Abort(.forbidden, reason: Self.forbidden)
        }
    }

    static let forbidden = "Tài khoản của bạn không có quyền xem hoặc thay đổi nội dung này."

    /// The address rate limits count: the peer's IP address, or the client a trusted proxy names.
    func clientAddress(_ proxies: TrustedProxies) -> String {
        proxies.client(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor]) ?? "không rõ"
    }
}
