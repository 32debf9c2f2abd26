import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// Signing in through the real form: bcrypt, the double-submit cookie, the session cookie's attributes,
/// the rate limit, signing out and changing a password.
@Suite("Login, logout, password")
struct LoginTests {
    /// Loads the login page and posts the form with its token, as a browser does.
    func login(_ web: WebTestApp, _ username: String, _ password: String, next: String = "") async throws
        -> TestingHTTPResponse
    {
        let page = try await web.app.testing().sendRequest(.GET, "/login")
        let cookie = try #require(page.headers.setCookie?[SessionToken.loginCookieName]?.string)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "\(SessionToken.loginCookieName)=\(cookie)")
        headers.contentType = .urlEncodedForm
        let body = "_csrf=\(cookie)&username=\(username)&password=\(Browser.encode(password))&next=\(Browser.encode(next))"
        return try await web.app.testing().sendRequest(.POST, "/login", headers: headers, body: ByteBuffer(string: body))
    }

    func makeAccount(_ web: WebTestApp, _ username: String = "kehoach", role: Role = .planner) async throws {
        let draft = AccountDraft(
            username: username, displayName: "Phòng Tài chính - Kế hoạch", role: role, scope: [],
            password: "mat-khau-dung-10")
        _ = try await draft.create(store: web.store, hasher: WebTestApp.passwords, by: "test", at: WebTestApp.now)
    }

    @Test(
        "The right password opens a session with an HttpOnly, SameSite cookie stored only as a hash",
        arguments: TestDatabase.available)
    func success(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind, demo: false) { web in
            try await makeAccount(web)
            let response = try await login(web, "kehoach", "mat-khau-dung-10", next: "/accounts")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/accounts")
            let cookie = try #require(response.headers.setCookie?[SessionToken.cookieName])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(
                try await web.store.session(tokenHash: cookie.string, at: WebTestApp.now) == nil, "the raw token is not stored")
            let session = try await web.store.session(tokenHash: SessionToken.hash(cookie.string), at: WebTestApp.now)
            #expect(session?.account.username == "kehoach")
            let home = try await Browser(
                app: web.app, cookie: "\(SessionToken.cookieName)=\(cookie.string)", csrf: "", account: nil
            )
            .get("/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Đăng xuất"))
        }
    }

    @Test("A wrong password, an unknown name and a disabled account get the same answer and no session")
    func failures() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await makeAccount(web)
            try await makeAccount(web, "khoa", role: .viewer)
            let khoa = try #require(try await web.store.account(username: "khoa"))
            try await web.store.updateAccount(id: khoa.account.id, AccountChange(isDisabled: true), by: "t", at: WebTestApp.now)
            for (name, password) in [
                ("kehoach", "sai-mat-khau-1"), ("khong-co", "mat-khau-dung-10"), ("khoa", "mat-khau-dung-10"),
            ] {
                let response = try await login(web, name, password)
                #expect(response.status == .unauthorized, "\(name)")
                #expect(response.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
                #expect(response.headers.setCookie?[SessionToken.cookieName] == nil)
            }
        }
    }

    @Test("Five failures lock the account's logins for the window, even with the right password")
    func rateLimit() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await makeAccount(web)
            for _ in 0..<web.settings.loginLimitPerAccount {
                #expect(try await login(web, "kehoach", "doan-sai-mat-khau").status == .unauthorized)
            }
            let locked = try await login(web, "kehoach", "mat-khau-dung-10")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("quá nhiều lần"))
            #expect(locked.headers.setCookie?[SessionToken.cookieName] == nil)
        }
    }

    @Test("Failures across many names from one address are limited too")
    func rateLimitPerAddress() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await makeAccount(web)
            for i in 0..<web.settings.loginLimitPerAddress {
                _ = try await login(web, "ten-\(i)", "doan-sai-mat-khau")
            }
            #expect(try await login(web, "kehoach", "mat-khau-dung-10").status == .tooManyRequests)
        }
    }

    @Test("A login post without the page's token is refused")
    func loginCSRF() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await makeAccount(web)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let response = try await web.app.testing().sendRequest(
                .POST, "/login", headers: headers, body: ByteBuffer(string: "username=kehoach&password=mat-khau-dung-10"))
            #expect(response.status == .badRequest)
            #expect(response.headers.setCookie?[SessionToken.cookieName] == nil)
        }
    }

    @Test("Any form post without the session's CSRF token is refused and changes nothing")
    func formCSRF() async throws {
        try await WebTestApp.with(demo: false) { web in
            let admin = try await web.signIn(.admin)
            let before = try await web.store.accounts().count
            let fields = [("username", "moi"), ("displayName", "Mới"), ("role", "viewer"), ("scope", ""), ("password", "")]
            #expect(try await admin.post("/accounts", fields, csrf: false).status == .forbidden)
            let forged = Browser(app: web.app, cookie: admin.cookie, csrf: "gia-mao", account: nil, bearer: nil)
            #expect(try await forged.post("/accounts", fields).status == .forbidden)
            #expect(try await web.store.accounts().count == before)
            #expect(try await admin.post("/accounts", fields).status == .created)
        }
    }

    @Test("Signing out ends the session in the database")
    func logout() async throws {
        try await WebTestApp.with(demo: false) { web in
            let viewer = try await web.signIn(.viewer)
            #expect(try await viewer.get("/").status == .ok)
            #expect(try await viewer.post("/logout").status == .seeOther)
            let after = try await viewer.get("/")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/login?next=/")
        }
    }

    @Test("Changing one's password needs the current one; the new one works and the old sessions end")
    func changePassword() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await makeAccount(web)
            let first = try await login(web, "kehoach", "mat-khau-dung-10")
            let token = try #require(first.headers.setCookie?[SessionToken.cookieName]?.string)
            let session = try #require(try await web.store.session(tokenHash: SessionToken.hash(token), at: WebTestApp.now))
            let me = Browser(
                app: web.app, cookie: "\(SessionToken.cookieName)=\(token)", csrf: session.csrfToken, account: nil)
            let wrong = try await me.post(
                "/password", [("current", "sai"), ("new", "mat-khau-moi-12"), ("confirm", "mat-khau-moi-12")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Mật khẩu hiện tại không đúng."))
            let short = try await me.post(
                "/password", [("current", "mat-khau-dung-10"), ("new", "ngan"), ("confirm", "ngan")])
            #expect(short.body.string.contains("ít nhất 10 ký tự"))
            let done = try await me.post(
                "/password", [("current", "mat-khau-dung-10"), ("new", "mat-khau-moi-12"), ("confirm", "mat-khau-moi-12")])
            #expect(done.status == .seeOther)
            #expect(done.headers.setCookie?[SessionToken.cookieName] != nil, "a fresh session replaces the old one")
            #expect(try await me.get("/").status == .seeOther, "the old session has ended")
            #expect(try await login(web, "kehoach", "mat-khau-moi-12").status == .seeOther)
            #expect(try await web.store.auditEntries(entity: .account, key: "kehoach").contains { $0.action == "Đổi mật khẩu" })
        }
    }

    @Test("The admin creates an account on the page; the generated password is shown once and works")
    func adminCreatesAccount() async throws {
        try await WebTestApp.with { web in
            let admin = try await web.signIn(.admin)
            let bad = try await admin.post(
                "/accounts",
                [
                    ("username", "Phòng KT"), ("displayName", ""), ("role", "reporter"), ("scope", "999:Không có"),
                    ("password", ""),
                ])
            #expect(bad.status == .unprocessableEntity)
            for message in ["Tên đăng nhập «phòng kt»", "Họ tên: chưa nhập.", "Phạm vi «999:Không có»: không có đơn vị"] {
                #expect(bad.body.string.contains(message), "\(message)")
            }
            let created = try await admin.post(
                "/accounts",
                [
                    ("username", "kinhte"), ("displayName", "Cán bộ Phòng Kinh tế"), ("role", "reporter"),
                    ("scope", "058:Phòng Kinh tế"), ("password", ""),
                ])
            #expect(created.status == .created)
            let html = created.body.string
            let range = try #require(html.range(of: #"<code>[A-Za-z0-9]{16}</code>"#, options: .regularExpression))
            let password = String(html[range].dropFirst(6).dropLast(7))
            #expect(try await login(web, "kinhte", password).status == .seeOther)
            let stored = try #require(try await web.store.account(username: "kinhte"))
            #expect(stored.account.scope == [ReportingBody(unitCode: "058", department: "Phòng Kinh tế")])
            #expect(stored.passwordHash.hasPrefix("$2b$"), "bcrypt, salted")
        }
    }
}
