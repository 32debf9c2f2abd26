import Foundation
import KTXHCore
import KTXHDemo
import KTXHPasswords
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The web app on a real test database, with a pinned clock and a cheap (but real) bcrypt cost.
struct WebTestApp {
    let app: Application
    let store: Store
    let settings: WebSettings

    /// 1 June 2025, 09:00 in Hà Nội.
    static let now = TestClock.now
    /// bcrypt at its lowest cost: the tests sign in often.
    static let passwords = KTXHCore.PasswordHasher.bcrypt(cost: 4)

    /// An app on the synthetic national data (a small part of it, one year) instead of the demo's.
    static func withSynthetic(
        _ kind: TestDatabase.Kind, communes: Int, _ body: (WebTestApp, SyntheticSpec) async throws -> Void
    ) async throws {
        try await with(kind, demo: false) { web in
            let spec = SyntheticSpec(communes: communes, indicators: 2, years: 1, periods: [.year])
            _ = try await SyntheticDataSet.load(spec, into: web.store)
            try await body(web, spec)
        }
    }

    static func with(
        _ kind: TestDatabase.Kind = .sqlite, demo: Bool = true, uploads: URL? = nil,
        _ body: (WebTestApp) async throws -> Void
    ) async throws {
        let (location, cleanup) = try await TestDatabase.create(kind)
        let app = try await Application.make(.testing)
        let store = try Store(location: location, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool)
        let settings = WebSettings(clock: .fixed(WebTestApp.now), passwords: Self.passwords)
        do {
            try await store.migrate()
            if demo { try await DemoData.load(into: store, at: TestClock.now) }
            if let uploads {
                configure(app, store: store, uploads: uploads, settings: settings)
            } else {
                configure(app, store: store, settings: settings)
            }
            try await body(WebTestApp(app: app, store: store, settings: settings))
        } catch {
            await store.shutdown()
            try await app.asyncShutdown()
            try await cleanup()
            throw error
        }
        await store.shutdown()
        try await app.asyncShutdown()
        try await cleanup()
    }

    /// An account of `role` with a live session, made through the store (the login form has its own tests).
    func signIn(_ role: Role, scope: [ReportingBody] = [], username: String? = nil) async throws -> Browser {
        let name = username ?? "\(role.rawValue)-\(UUID().uuidString.prefix(6).lowercased())"
        let account = try await store.createAccount(
            username: name, displayName: "Người dùng \(name)", role: role, scope: scope,
            passwordHash: try await Self.passwords.hash("mat-khau-thu-nghiem"), by: "test", at: Self.now)
        let token = SessionToken.random()
        let csrf = SessionToken.random()
        try await store.createSession(
            tokenHash: SessionToken.hash(token), accountID: account.id, csrfToken: csrf, at: Self.now,
            expiresAt: Self.now.addingTimeInterval(3600))
        let bearer = try await ApiTokenIssuer.issue(
            store: store, username: name, label: "kiểm thử", expiresAt: nil, by: "test", at: Self.now)
        return Browser(
            app: app, cookie: "\(SessionToken.cookieName)=\(token)", csrf: csrf, account: account, bearer: bearer.token)
    }

    var anonymous: Browser { Browser(app: app, cookie: nil, csrf: "", account: nil, bearer: nil) }
}

/// One person's requests: the session cookie on each, the CSRF token in each form.
struct Browser {
    let app: Application
    let cookie: String?
    let csrf: String
    let account: Account?
    /// The account's API token, sent on `/api/` paths.
    var bearer: String?

    /// The same person with only the session cookie: what a forged cross-site request to the API would carry.
    var withoutToken: Browser { Browser(app: app, cookie: cookie, csrf: csrf, account: account, bearer: nil) }

    func headers(for path: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        if let bearer, SiteRoute.isAPI(path: path) { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        return headers
    }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.GET, path, headers: headers(for: path))
    }

    /// A JSON post to the API.
    func postJSON(_ path: String, _ json: String) async throws -> TestingHTTPResponse {
        var headers = headers(for: path)
        headers.contentType = .json
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: json))
    }

    /// A form post; the CSRF token is added unless `csrf` is false.
    func post(_ path: String, _ fields: [(String, String)] = [], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var headers = headers(for: path)
        headers.contentType = .urlEncodedForm
        let all = (csrf ? [(CSRF.field, self.csrf)] : []) + fields
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
