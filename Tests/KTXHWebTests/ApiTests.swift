import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// `/api/v1` as another system calls it: bearer tokens, JSON, problem+json, the form's optimistic concurrency.
@Suite("JSON API")
struct ApiTests {
    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test("A token acts for its account until it is revoked or expires; a disabled account's token opens nothing")
    func tokens() async throws {
        try await WebTestApp.with { web in
            let viewer = try await web.signIn(.viewer)
            #expect(try await viewer.get("/api/v1/plans").status == .ok)
            let missing = try await web.anonymous.get("/api/v1/plans")
            #expect(missing.status == .unauthorized)
            #expect(missing.headers.first(name: .wwwAuthenticate) == #"Bearer realm="ktxh""#)
            let problem = try json(missing)
            #expect(problem["status"] as? Int == 401 && (problem["detail"] as? String)?.contains("Authorization: Bearer") == true)

            let account = try #require(viewer.account)
            let later = try await ApiTokenIssuer.issue(
                store: web.store, username: account.username, label: "hết hạn", expiresAt: WebTestApp.now.addingTimeInterval(-1),
                by: "test", at: WebTestApp.now)
            var expired = viewer
            expired.bearer = later.token
            #expect(try await expired.get("/api/v1/plans").status == .unauthorized)

            let tokens = try await web.store.apiTokens(accountID: account.id)
            let live = try #require(tokens.first { $0.label == "kiểm thử" })
            #expect(live.lastUsedAt != nil, "a use is noted")
            let hash = SessionToken.hash(later.token)
            let minuteLater = WebTestApp.now.addingTimeInterval(-1)
            _ = try await web.store.apiTokenAccount(tokenHash: hash, at: minuteLater.addingTimeInterval(-120))
            _ = try await web.store.apiTokenAccount(tokenHash: hash, at: minuteLater.addingTimeInterval(-90))
            let noted = try await web.store.apiTokens(accountID: account.id).first { $0.label == "hết hạn" }?.lastUsedAt
            #expect(noted == minuteLater.addingTimeInterval(-120), "a use within the minute writes nothing")
            _ = try await web.store.apiTokenAccount(tokenHash: hash, at: minuteLater.addingTimeInterval(-30))
            let renoted = try await web.store.apiTokens(accountID: account.id).first { $0.label == "hết hạn" }?.lastUsedAt
            #expect(renoted == minuteLater.addingTimeInterval(-30))
            #expect(try await web.store.revokeApiToken(id: live.id, by: "test", at: WebTestApp.now))
            #expect(try await viewer.get("/api/v1/plans").status == .unauthorized)
            let audit = try await web.store.auditEntries(entity: .account, key: account.username)
            #expect(audit.contains { $0.action == "Tạo khóa API" } && audit.contains { $0.action == "Thu hồi khóa API" })
            #expect(!(try await web.store.revokeApiToken(id: live.id, by: "test", at: WebTestApp.now)), "only once")

            let planner = try await web.signIn(.planner)
            #expect(try await planner.get("/api/v1/plans").status == .ok)
            let plannerID = try #require(planner.account?.id)
            try await web.store.updateAccount(id: plannerID, AccountChange(isDisabled: true), by: "test", at: WebTestApp.now)
            #expect(try await planner.get("/api/v1/plans").status == .unauthorized)
        }
    }

    @Test("The account page lists an account's tokens, makes one shown once, and revokes one")
    func accountPage() async throws {
        try await WebTestApp.with(demo: false) { web in
            let admin = try await web.signIn(.admin)
            let viewer = try await web.signIn(.viewer)
            let id = try #require(viewer.account?.id)
            let page = try await admin.get(SiteRoute.account(id: id).path).body.string
            #expect(page.contains("Khóa API") && page.contains("kiểm thử") && page.contains("Đang dùng được"))
            let made = try await admin.post(
                SiteRoute.accountTokens(id: id).path, [("label", "Trung tâm điều hành"), ("expires", "90d")])
            #expect(made.status == .created)
            let secret = try #require(
                made.body.string.firstRange(of: /ktxh_[A-Za-z0-9_-]{43}/).map { String(made.body.string[$0]) })
            var system = viewer
            system.bearer = secret
            #expect(try await system.get("/api/v1/plans").status == .ok)
            let token = try #require(try await web.store.apiTokens(accountID: id).first { $0.label == "Trung tâm điều hành" })
            #expect(token.expiresAt == WebTestApp.now.addingTimeInterval(90 * 86_400))
            let revoked = try await admin.post(SiteRoute.accountTokens(id: id).path, [("revoke", String(token.id))])
            #expect(revoked.status == .ok && revoked.body.string.contains("Đã thu hồi"))
            #expect(!revoked.body.string.contains(secret), "a secret is shown once")
            #expect(try await system.get("/api/v1/plans").status == .unauthorized)
            #expect(try await admin.post(SiteRoute.accountTokens(id: id).path, [("revoke", "999999")]).status == .notFound)
        }
    }

    @Test("Plans, a plan's targets and its progress read as the pages show them", arguments: TestDatabase.available)
    func reads(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind) { web in
            let viewer = try await web.signIn(.viewer)
            let plans = try #require(try json(try await viewer.get("/api/v1/plans"))["plans"] as? [[String: Any]])
            #expect(plans.count == 4)
            let city = try #require(plans.first { $0["key"] as? String == "058-2024" })
            let id = try #require(city["id"] as? Int)
            let plan = try json(try await viewer.get("/api/v1/plans/\(id)"))
            let targets = try #require(plan["targets"] as? [[String: Any]])
            #expect(targets.count == 50 && targets.contains { $0["target"] as? String == "317" })
            let progress = try json(try await viewer.get("/api/v1/plans/\(id)/progress/2024-H1"))
            let rows = try #require(progress["rows"] as? [[String: Any]])
            let revenue = try #require(rows.first { $0["name"] as? String == "Thu ngân sách nhà nước trên địa bàn" })
            let table = try #require(try await web.store.progressTable(planID: Int64(id), period: Period("2024-H1")!))
            let row = try #require(table.indicatorRows.first { $0.indicator.code == revenue["indicator"] as? String })
            #expect(revenue["label"] as? String == row.evaluation?.label?.rawValue)
            #expect((revenue["actual"] as? NSNumber)?.decimalValue == row.current?.value.number)

            let added = try await web.store.addTasks(
                planID: Int64(id),
                [
                    NewTask(
                        section: "Kinh tế", text: "Xây dựng chợ", lead: "Phòng Kinh tế",
                        deadline: .quarter(year: 2024, quarter: 1)),
                    NewTask(section: "Xã hội", text: "Tổ chức lễ hội", deadline: .ongoing),
                ], by: "test", at: WebTestApp.now)
            let tasks = try #require(try json(try await viewer.get("/api/v1/plans/\(id)/tasks"))["tasks"] as? [[String: Any]])
            #expect(tasks.map { $0["id"] as? Int } == added.map { Int($0.id) })
            #expect(tasks.first?["deadline"] as? String == "Q1/2024" && tasks.first?["lead"] as? String == "Phòng Kinh tế")
            let late = try #require(
                try json(try await viewer.get("/api/v1/plans/\(id)/tasks?overdue=true"))["tasks"] as? [[String: Any]])
            #expect(late.count == 1 && (late.first?["standing"] as? [String: Any])?["overdue"] as? Bool == true)

            let missing = try await viewer.get("/api/v1/plans/999999")
            #expect(missing.status == .notFound)
            #expect(missing.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            #expect(try json(missing)["detail"] as? String == "Không có kế hoạch mã 999999.")
            #expect(try await viewer.get("/api/v1/plans/abc").status == .badRequest)
            #expect(try await viewer.get("/api/v1/plans/\(id)/progress/nam-nay").status == .badRequest)
            #expect(try await viewer.get("/api/v1/khong-co").status == .notFound)
            let unit = try json(try await viewer.get("/api/v1/units/058?at=2024-12-31"))
            #expect(unit["code"] as? String == "058" && unit["predecessors"] is [Any])
        }
    }

    @Test("Figures: saved from JSON numbers and Vietnamese text, a stale revision gets 409 with the figure as it stands")
    func figures() async throws {
        try await EntryTests().withForm { setup in
            let path = "/api/v1/entry/\(setup.periodID)/\(EntryTests.tckh.slug)"
            let reporter = try await setup.web.signIn(.reporter, scope: [EntryTests.tckh])
            let before = try json(try await reporter.get(path))
            let figures = try #require(before["figures"] as? [[String: Any]])
            #expect(figures.first { $0["indicator"] as? String == "thu-nsnn" }?["revision"] as? Int == 0)

            let saved = try await reporter.postJSON(
                path,
                #"{"figures": [{"indicator": "thu-nsnn", "value": 150.5, "revision": 0}, "#
                    + #"{"indicator": "ho-kinh-doanh", "value": "4.227", "revision": 0}]}"#)
            #expect(saved.status == .ok, "\(saved.body.string)")
            #expect(try json(saved)["saved"] as? Int == 2)
            #expect(try await setup.web.store.versions(of: EntryTests.revenue).map(\.value) == [.number(150.5)])

            // Someone else read revision 0 too, and writes after us.
            let stale = try await reporter.postJSON(
                path, #"{"figures": [{"indicator": "thu-nsnn", "value": 160, "revision": 0}]}"#)
            #expect(stale.status == .conflict)
            let current = try #require(try json(stale)["current"] as? [String: Any])
            #expect(current["revision"] as? Int == 1 && (current["value"] as? NSNumber)?.decimalValue == 150.5)
            #expect(try await setup.web.store.versions(of: EntryTests.revenue).count == 1, "nothing saved")

            let bad = try await reporter.postJSON(
                path, #"{"figures": [{"indicator": "thu-nsnn", "value": "mười", "revision": 1}]}"#)
            #expect(bad.status == .unprocessableEntity)
            let errors = try #require(try json(bad)["errors"] as? [[String: Any]])
            #expect(errors.first?["indicator"] as? String == "thu-nsnn" && errors.first?["value"] as? String == "mười")
            #expect((errors.first?["message"] as? String)?.contains("mười") == true)

            let foreign = try await reporter.postJSON(
                path, #"{"figures": [{"indicator": "tong-dan", "value": 1, "revision": 0}]}"#)
            #expect(foreign.status == .forbidden)
            #expect(try await reporter.postJSON(path, #"{"figures": "không phải danh sách"}"#).status == .badRequest)
            #expect(try await reporter.postJSON(path, "không phải JSON").status == .badRequest)

            let sent = try await reporter.postJSON(
                path,
                #"{"submit": true, "figures": [{"indicator": "thu-nsnn", "value": "150,5", "revision": 1, "cause": "Chậm thu tiền sử dụng đất", "remedy": "Đôn đốc"}]}"#
            )
            #expect(sent.status == .ok, "\(sent.body.string)")
            let approver = try await setup.web.signIn(.approver)
            let approved = try await approver.postJSON(path + "/approve", "")
            #expect(approved.status == .ok, "\(approved.body.string)")
            #expect((try json(approved)["approved"] as? Int ?? 0) >= 1)
            #expect(try await setup.web.store.figureState(EntryTests.revenue)?.status == .approved)
        }
    }

    @Test("An import is reviewed first and applied by its token, all of it or nothing")
    func imports() async throws {
        try await WebTestApp.with(demo: false) { web in
            let planner = try await web.signIn(.planner)
            let seed = try SeedFixture.text("000")
            var headers = planner.headers(for: "/api/v1/imports")
            headers.contentType = .binary
            let review = try await web.app.testing().sendRequest(
                .POST, "/api/v1/imports?name=nghi-quyet.txt", headers: headers, body: ByteBuffer(string: seed))
            #expect(review.status == .created, "\(review.body.string)")
            let answer = try json(review)
            let token = try #require(answer["token"] as? String)
            #expect((answer["review"] as? [String: Any])?["canApply"] as? Bool == true)
            #expect(try await web.store.planSummaries().isEmpty, "a review saves nothing")
            let applied = try await planner.postJSON("/api/v1/imports/\(token)/apply", "")
            #expect(applied.status == .ok, "\(applied.body.string)")
            #expect(try await web.store.planSummaries().count == 1)
            #expect(try await planner.postJSON("/api/v1/imports/\(token)/apply", "").status == .notFound, "only once")
            let empty = try await web.app.testing().sendRequest(.POST, "/api/v1/imports?name=x.txt", headers: headers)
            #expect(empty.status == .badRequest)
        }
    }

    @Test("The OpenAPI document names every API route with its methods, and nothing else")
    func document() async throws {
        try await WebTestApp.with(demo: false) { web in
            let response = try await web.anonymous.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try json(response)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, operations) in paths {
                let pattern = path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
                for method in operations.keys { documented.insert("\(method.uppercased()) \(pattern)") }
            }
            let routed = Set(
                web.app.routes.all.map(AuthorizationTests.key).filter { $0.split(separator: " ")[1].hasPrefix("/api/") })
            #expect(documented == routed)
        }
    }
}
