import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The OWASP ASVS level 1 items of docs/security.md that no other suite proves.
@Suite("Security")
struct SecurityTests {
    @Test("A session cookie set before login is never the session after it (no session fixation)")
    func sessionFixation() async throws {
        try await WebTestApp.with(demo: false) { web in
            try await LoginTests().makeAccount(web)
            let planted = "ke-gian-dat-san-\(UUID().uuidString)"
            let page = try await web.app.testing().sendRequest(.GET, "/login", headers: ["Cookie": "ktxh_session=\(planted)"])
            let login = try #require(page.headers.setCookie?[SessionToken.loginCookieName]?.string)
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "\(SessionToken.cookieName)=\(planted); \(SessionToken.loginCookieName)=\(login)")
            headers.contentType = .urlEncodedForm
            let body = "_csrf=\(login)&username=kehoach&password=mat-khau-dung-10&next=/"
            let response = try await web.app.testing().sendRequest(
                .POST, "/login", headers: headers, body: ByteBuffer(string: body))
            let issued = try #require(response.headers.setCookie?[SessionToken.cookieName]?.string)
            #expect(issued != planted)
            #expect(try await web.store.session(tokenHash: SessionToken.hash(planted), at: WebTestApp.now) == nil)
            let attacker = Browser(app: web.app, cookie: "\(SessionToken.cookieName)=\(planted)", csrf: "", account: nil)
            #expect(try await attacker.get("/").status == .seeOther, "the planted cookie opens nothing")
        }
    }

    @Test("Names and notes from an import or a form are shown as text, never as markup (no stored XSS)")
    func escaping() async throws {
        try await EntryTests().withForm { setup in
            let web = setup.web
            let payload = #"<script>alert("ktxh")</script><img src=x onerror=alert(1)>"#
            var indicators = try await web.store.indicators()
            var revenue = try #require(indicators["thu-nsnn"])
            revenue.name = "Thu ngân sách " + payload
            indicators["thu-nsnn"] = revenue
            try await web.store.save(indicators: [revenue])
            let reporter = try await setup.web.signIn(.reporter, scope: [EntryTests.tckh])
            let saved = try await reporter.post(
                setup.form, EntryTests().rows(revenue: "150,5", households: "4.227", extra: [("r0_note", payload)]))
            #expect(saved.status == .seeOther)
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2025" })
            let viewer = try await web.signIn(.viewer)
            for path in [
                setup.form, SiteRoute.plan(id: plan.id).path,
                SiteRoute.progress(planID: plan.id, period: EntryTests.revenue.period).path,
                SiteRoute.dashboard(planID: plan.id, period: EntryTests.revenue.period).path, SiteRoute.audit.path,
            ] {
                let browser = path == setup.form ? reporter : viewer
                let html = try await browser.get(path).body.string
                #expect(!html.contains("<script>alert") && !html.contains("<img src=x"), "\(path) shows the payload as markup")
            }
            let form = try await reporter.get(setup.form).body.string
            #expect(form.contains("&lt;script&gt;alert"), "the name is there, as text")
        }
    }

    @Test("Every route parameter with SQL in it is a value, never a query (no SQL injection)")
    func sqlInjection() async throws {
        try await WebTestApp.with { web in
            let admin = try await web.signIn(.admin)
            let fixture = try await AccessFixture.make(web)
            let before = try await fixture.counts()
            for attack in [
                "1' OR '1'='1", "1; DROP TABLE plans; --", "x\" OR \"\"=\"",
                "2024-H1' UNION SELECT password_hash FROM accounts --",
            ] {
                let encoded = Browser.encode(attack)
                for route in web.app.routes.all {
                    let path =
                        "/"
                        + route.path.map { component -> String in
                            if case .parameter = component { return encoded }
                            return component.description
                        }.joined(separator: "/")
                    let response =
                        route.method == .GET ? try await admin.get(path + "?chi-tieu=\(encoded)") : try await admin.post(path)
                    #expect(response.status.code < 500, "\(route.method) \(path): \(response.status)")
                    #expect(!response.body.string.contains("$2b$"), "\(path) shows a password hash")
                }
            }
            let after = try await fixture.counts()
            #expect(after[0] == before[0] && after[3] == before[3], "no figure or plan was changed or lost")
        }
    }

    @Test("Uploads and downloads stay in their folders; an upload over its limit is refused with 413")
    func pathsAndSizes() async throws {
        #expect(UploadFolders.safeName("../../etc/passwd") == "passwd")
        #expect(UploadFolders.safeName("..\\..\\boot.ini").contains("..") == false)
        #expect(UploadFolders.safeName("..") == "tep-tai-len")
        try await WebTestApp.with { web in
            let viewer = try await web.signIn(.viewer)
            for path in ["/criteria/sets/..%2F..%2F..%2Fetc%2Fpasswd.yaml", "/criteria/sets/%2e%2e%2fPackage.swift.yaml"] {
                let response = try await viewer.get(path)
                #expect(response.status == .notFound || response.status == .badRequest, "\(path): \(response.status)")
                #expect(!response.body.string.contains("root:"))
            }
            let planner = try await web.signIn(.planner)
            var headers = planner.headers(for: "/api/v1/imports")
            headers.contentType = .binary
            let big = ByteBuffer(repeating: 0x41, count: 26 * 1024 * 1024)
            // Over real HTTP, where the body arrives in pieces and the limit stops it before it is all read.
            let server = try web.app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            let api = try await server.sendRequest(.POST, "/api/v1/imports?name=lon.txt", headers: headers, body: big)
            #expect(api.status == .payloadTooLarge)
            var form = planner.headers(for: SiteRoute.importForm.path)
            form.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": "X"])
            let page = try await server.sendRequest(
                .POST, SiteRoute.importForm.path + "?_csrf=\(planner.csrf)", headers: form, body: big)
            #expect(page.status == .payloadTooLarge)
        }
    }
}
