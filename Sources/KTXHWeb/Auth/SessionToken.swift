import Crypto
import Foundation
import KTXHStorage

/// Random tokens for session cookies and CSRF fields. The database keeps only a session token's SHA-256.
enum SessionToken {
    static let cookieName = "ktxh_session"
    /// The double-submit cookie that guards the login form, before there is a session.
    static let loginCookieName = "ktxh_login"

    /// 32 bytes from the system's secure generator, as URL-safe base64.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares in time independent of where the strings differ, so a token cannot be guessed byte by byte.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Phiên đăng nhập: a session of an account, as signing in starts one. The database keeps the token's hash; the
/// caller gets the token itself (the cookie's value) and the session's CSRF token, once.
public struct WebSession: Sendable {
    public static let cookieName = SessionToken.cookieName
    public var token: String
    public var csrfToken: String

    /// Starts a session for `accountID` that lasts `settings.sessionLifetime` from now.
    public static func start(accountID: Int64, store: Store, settings: WebSettings) async throws -> WebSession {
        let session = WebSession(token: SessionToken.random(), csrfToken: SessionToken.random())
        let now = settings.now()
        try await store.createSession(
            tokenHash: SessionToken.hash(session.token), accountID: accountID, csrfToken: session.csrfToken, at: now,
            expiresAt: now.addingTimeInterval(settings.sessionLifetime))
        return session
    }
}
