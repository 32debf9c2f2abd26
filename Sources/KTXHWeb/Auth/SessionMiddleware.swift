import Foundation
import KTXHStorage
import Vapor

/// Reads the session cookie on every request: a live session makes the request signed in, anything else
/// leaves it anonymous. Adds the security headers every response carries.
struct SessionMiddleware: AsyncMiddleware {
    let store: Store
    let settings: WebSettings

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if SiteRoute.isAPI(path: request.url.path) {
            // Another system calls with its bearer token; a browser's cookie opens nothing here.
            if let account = try await ApiTokenIssuer.account(
                bearer: request.headers.bearerAuthorization?.token, store: store, at: settings.now())
            {
                request.signedIn = SignedIn(account: account, csrfToken: "", tokenHash: "")
            }
        } else if let token = request.cookies[SessionToken.cookieName]?.string, !token.isEmpty {
            let hash = SessionToken.hash(token)
            if let session = try await store.session(tokenHash: hash, at: settings.now()) {
                request.signedIn = SignedIn(account: session.account, csrfToken: session.csrfToken, tokenHash: hash)
            }
        }
        let context = request.signedIn.map { PageContext(account: $0.account, csrfToken: $0.csrfToken) }
        let response = try await PageContext.$current.withValue(context) {
            try await next.respond(to: request)
        }
        Self.addSecurityHeaders(&response.headers)
        return response
    }

    /// The site's Content-Security-Policy: everything comes from the app itself, no frames, no inline script or
    /// style; `styleHash` allows one inline stylesheet by its SHA-256.
    static func policy(styleHash: String? = nil) -> String {
        let styles = styleHash.map { "'self' 'sha256-\($0)'" } ?? "'self'"
        return "default-src 'self'; script-src 'self'; style-src \(styles); img-src 'self' data:; object-src 'none'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    /// The policy, no sniffing, no framing, no caching.
    static func addSecurityHeaders(_ headers: inout HTTPHeaders) {
        // A page that carries its own stylesheet (the print view, a document also saved as a file) sets a policy
        // naming that stylesheet's hash; every other page gets this one.
        if !headers.contains(name: "Content-Security-Policy") {
            headers.replaceOrAdd(name: "Content-Security-Policy", value: policy())
        }
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if headers.cacheControl == nil { headers.replaceOrAdd(name: .cacheControl, value: "no-store") }
    }
}
