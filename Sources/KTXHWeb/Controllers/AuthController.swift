import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Signing in and out, and changing one's own password.
struct AuthController {
    let store: Store
    let settings: WebSettings

    struct LoginForm: Content {
        var username: String
        var password: String
        var next: String?
    }

    func form(_ req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: SiteRoute.home.path) }
        return loginPage(req, username: "", message: nil, status: .ok)
    }

    func login(_ req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        guard let cookie = req.cookies[SessionToken.loginCookieName]?.string,
            let sent = CSRF.token(in: req), SessionToken.equal(cookie, sent)
        else { return loginPage(req, username: form.username, message: Self.expiredForm, status: .badRequest) }
        let username = form.username.trimmingCharacters(in: .whitespaces).lowercased()
        let outcome = try await Credentials(store: store, hasher: settings.passwords).signIn(
            username: username, password: form.password, address: req.clientAddress(settings.trustedProxies),
            limits: settings.loginLimits,
            at: settings.now())
        let account: Account
        switch outcome {
        case .failure(let refusal):
            settings.metrics.loginFailed()
            let status: HTTPResponseStatus = refusal == .wrong ? .unauthorized : .tooManyRequests
            return loginPage(req, username: username, message: refusal.message, status: status)
        case .success(let signedIn): account = signedIn
        }
        let response = req.redirect(to: Self.localPath(form.next) ?? SiteRoute.home.path, redirectType: .normal)
        try await startSession(for: account, on: response)
        response.cookies[SessionToken.loginCookieName] = expired
        return response
    }

    func logout(_ req: Request) async throws -> Response {
        if let hash = req.signedIn?.tokenHash { try await store.deleteSession(tokenHash: hash) }
        let response = req.redirect(to: SiteRoute.login.path, redirectType: .normal)
        response.cookies[SessionToken.cookieName] = expired
        return response
    }

    struct PasswordForm: Content {
        var current: String
        var new: String
        var confirm: String
    }

    func passwordForm(_ req: Request) async throws -> Response {
        HTMLResponse.render(PasswordPage(message: nil, done: req.query[String.self, at: "done"] != nil).view())
    }

    func changePassword(_ req: Request) async throws -> Response {
        let form = try req.content.decode(PasswordForm.self)
        let account = try req.account
        if let problem = try await Credentials(store: store, hasher: settings.passwords).changePassword(
            of: account, current: form.current, new: form.new, confirm: form.confirm, at: settings.now())
        {
            return HTMLResponse.render(PasswordPage(message: problem, done: false).view(), status: .unprocessableEntity)
        }
        // Every session of the account ended, this one included; a fresh one keeps the person signed in.
        let response = req.redirect(to: SiteRoute.password.path + "?done=1", redirectType: .normal)
        try await startSession(for: account, on: response)
        return response
    }

    private func startSession(for account: Account, on response: Response) async throws {
        let session = try await WebSession.start(accountID: account.id, store: store, settings: settings)
        response.cookies[SessionToken.cookieName] = HTTPCookies.Value(
            string: session.token, maxAge: Int(settings.sessionLifetime), path: "/", isSecure: settings.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }

    private var expired: HTTPCookies.Value {
        HTTPCookies.Value(string: "", maxAge: 0, path: "/", isSecure: settings.secureCookies, isHTTPOnly: true)
    }

    private func loginPage(_ req: Request, username: String, message: String?, status: HTTPResponseStatus) -> Response {
        let token = SessionToken.random()
        let next =
            Self.localPath(req.query[String.self, at: "next"]) ?? Self.localPath(try? req.content.get(String.self, at: "next"))
            ?? ""
        let response = HTMLResponse.render(
            LoginPage(username: username, next: next, loginToken: token, message: message).view(), status: status)
        response.cookies[SessionToken.loginCookieName] = HTTPCookies.Value(
            string: token, maxAge: 3600, path: SiteRoute.login.path, isSecure: settings.secureCookies, isHTTPOnly: true,
            sameSite: .strict)
        return response
    }

    /// Only a path on this site: "//elsewhere" or "https://…" would make the login page an open redirect.
    static func localPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\") else { return nil }
        return text
    }

    static let expiredForm = "Biểu mẫu đăng nhập đã hết hạn. Hãy nhập lại tên đăng nhập và mật khẩu."
}
