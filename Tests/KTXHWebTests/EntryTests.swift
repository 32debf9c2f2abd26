import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The data-entry form through HTTP on the demo data, with the first half of 2025 open for Bắc Kạn city.
@Suite("Data entry and review")
struct EntryTests {
    static let tckh = ReportingBody(unitCode: "058", department: "Phòng Tài chính - Kế hoạch")
    static let kinhTe = ReportingBody(unitCode: "058", department: "Phòng Kinh tế")
    static let revenue = FigureKey(indicatorCode: "thu-nsnn", unitCode: "058", period: Period(year: 2025, kind: .half(1)))

    struct Setup {
        var web: WebTestApp
        var periodID: Int64
        var form: String { SiteRoute.entry(periodID: periodID, body: EntryTests.tckh.slug).path }
    }

    func withForm(_ kind: TestDatabase.Kind = .sqlite, _ body: (Setup) async throws -> Void) async throws {
        try await WebTestApp.with(kind) { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2025" })
            let reporting = try await web.store.openReportingPeriod(
                planID: plan.id, period: Self.revenue.period, cutoff: try #require(CalendarDay("2025-06-14")),
                deadline: try #require(CalendarDay("2025-06-20")), by: "kehoach", at: WebTestApp.now)
            try await body(Setup(web: web, periodID: reporting.id))
        }
    }

    /// The fields of the finance office's form: revenue (row 0) and households (row 1), in the plan's order.
    func rows(revenue: String, households: String, revision: Int = 0, intent: String = "save", extra: [(String, String)] = [])
        -> [(String, String)]
    {
        [
            ("intent", intent), ("r0_code", "thu-nsnn"), ("r0_rev", String(revision)), ("r0_kind", "actual"),
            ("r0_value", revenue), ("r1_code", "ho-kinh-doanh"), ("r1_rev", "0"), ("r1_kind", "actual"),
            ("r1_value", households),
        ] + extra
    }

    @Test(
        "The form shows the target, last year's figure and the engine's label; Vietnamese numbers are saved",
        arguments: TestDatabase.available)
    func saveFigures(_ kind: TestDatabase.Kind) async throws {
        try await withForm(kind) { setup in
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let page = try await reporter.get(setup.form).body.string
            #expect(page.contains("Kế hoạch: <strong>346</strong>"))
            #expect(page.contains("Cùng kỳ năm trước: 72,4"), "seed 001's six-month revenue")
            let saved = try await reporter.post(setup.form, rows(revenue: "150,5", households: "4.227"))
            #expect(saved.status == .seeOther)
            #expect(try await setup.web.store.versions(of: Self.revenue).map(\.value) == [.number(150.5)])
            let after = try await reporter.get(setup.form + "?saved=2").body.string
            #expect(after.contains("Đã lưu 2 chỉ tiêu."))
            let expected = Evaluator.evaluate(
                EvaluationInput(target: .parse("346"), actual: .number(150.5), period: Self.revenue.period, term: .year(2025)))
            #expect(after.contains("\(expected.label?.rawValue ?? "?") · 43,5% KH"))
        }
    }

    @Test("A form with an error saves nothing and names the field and the value")
    func errors() async throws {
        try await withForm { setup in
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let response = try await reporter.post(setup.form, rows(revenue: "150,5", households: "4,227.5"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("«Số hộ kinh doanh cá thể hoạt động trên địa bàn», ô Giá trị: Số «4,227.5»"))
            #expect(response.body.string.contains(#"value="150,5""#), "what was typed comes back")
            #expect(try await setup.web.store.versions(of: Self.revenue).isEmpty)
            #expect(try await setup.web.store.auditEntries(entity: .figure).isEmpty)
        }
    }

    @Test("A form field naming another department's indicator gets 403 and nothing is saved")
    func tampering() async throws {
        try await withForm { setup in
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let forged = rows(revenue: "150,5", households: "4.227") + [("r2_code", "tong-dan"), ("r2_value", "1")]
            #expect(try await reporter.post(setup.form, forged).status == .forbidden)
            let other = SiteRoute.entry(periodID: setup.periodID, body: Self.kinhTe.slug).path
            #expect(try await reporter.post(other, [("r0_code", "tong-dan"), ("r0_value", "1")]).status == .forbidden)
            #expect(try await setup.web.store.versions(of: Self.revenue).isEmpty)
            #expect(try await setup.web.store.auditEntries(entity: .figure).isEmpty)
        }
    }

    @Test("The live evaluation is the engine's answer, and a bad number is named")
    func liveEvaluation() async throws {
        try await withForm { setup in
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let url = SiteRoute.entryEvaluate(periodID: setup.periodID, body: Self.tckh.slug).path
            let short = try await reporter.get(url + "?code=thu-nsnn&value=150%2C5")
            let json = try short.content.decode(LiveEvaluation.self)
            #expect(json.text == "Chưa đạt · 43,5% KH" && json.shortfall && json.reason == "150,5 chưa đạt 346")
            let met = try await reporter.get(url + "?code=ho-kinh-doanh&value=4.227").content.decode(LiveEvaluation.self)
            #expect(met.text.hasPrefix("Đạt") && !met.shortfall)
            let bad = try await reporter.get(url + "?code=thu-nsnn&value=1.88").content.decode(LiveEvaluation.self)
            #expect(bad.text.contains("Số «1.88» không hợp lệ"))
        }
    }

    @Test("A stale form is refused with the newer value and nothing of it is saved")
    func conflict() async throws {
        try await withForm { setup in
            let first = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let second = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            #expect(try await first.post(setup.form, rows(revenue: "160", households: "")).status == .seeOther)
            let stale = try await second.post(setup.form, rows(revenue: "170", households: "4.227"))
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("giá trị hiện tại là 160"))
            #expect(stale.body.string.contains(#"name="r0_value" id="r0_value" value="160""#))
            #expect(try await setup.web.store.versions(of: Self.revenue).map(\.value) == [.number(160)])
            let households = FigureKey(indicatorCode: "ho-kinh-doanh", unitCode: "058", period: Self.revenue.period)
            #expect(try await setup.web.store.versions(of: households).isEmpty, "the other row of the stale form too")
        }
    }

    @Test("Sending a shortfall needs its explanation; sent figures are locked; return, fix, approve, reopen")
    func workflow() async throws {
        try await withForm { setup in
            let store = setup.web.store
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let planner = try await setup.web.signIn(.planner)
            let unexplained = try await reporter.post(setup.form, rows(revenue: "150,5", households: "4.227", intent: "submit"))
            #expect(unexplained.status == .unprocessableEntity)
            #expect(unexplained.body.string.contains("cần ghi nguyên nhân và giải pháp trước khi gửi duyệt"))
            let explained = rows(
                revenue: "150,5", households: "4.227", intent: "submit",
                extra: [("r0_cause", "Thu tiền đất chậm"), ("r0_remedy", "Đấu giá quý III")])
            #expect(try await reporter.post(setup.form, explained).status == .seeOther)
            #expect(try await store.figureState(Self.revenue)?.status == .submitted)
            #expect(
                try await reporter.post(setup.form, rows(revenue: "151", households: "4.227", revision: 2)).status == .conflict)
            let review = SiteRoute.entryReview(periodID: setup.periodID, body: Self.tckh.slug).path
            #expect(try await planner.post(review, [("return", "0"), ("r0_code", "thu-nsnn")]).status == .unprocessableEntity)
            let returned = try await planner.post(
                review, [("return", "0"), ("r0_code", "thu-nsnn"), ("r0_comment", "Chưa khớp")])
            #expect(returned.status == .seeOther)
            #expect(try await reporter.get(setup.form).body.string.contains("Ý kiến trả lại: </strong>Chưa khớp"))
            let approved = try await planner.post("/board/approve", [("cells[]", "\(setup.periodID):\(Self.tckh.slug)")])
            #expect(approved.headers.first(name: .location) == "/board?approved=1", "only the submitted one")
            let fixed = rows(
                revenue: "158,2", households: "", revision: 3, intent: "submit",
                extra: [("r0_cause", "Thu tiền đất chậm"), ("r0_remedy", "Đấu giá quý III")])
            #expect(try await reporter.post(setup.form, fixed.filter { !$0.0.hasPrefix("r1") }).status == .seeOther)
            #expect(
                try await planner.post(review, [("intent", "approve"), ("r0_code", "thu-nsnn"), ("r0_pick", "1")]).status
                    == .seeOther)
            #expect(try await store.figureState(Self.revenue)?.status == .approved)
            let reopen = SiteRoute.entryReopen(periodID: setup.periodID, body: Self.tckh.slug).path
            let approver = try await setup.web.signIn(.approver)
            #expect(
                try await approver.post(reopen, [("reopen", "0"), ("r0_code", "thu-nsnn"), ("r0_reason", "x")]).status
                    == .forbidden)
            #expect(try await planner.post(reopen, [("reopen", "0"), ("r0_code", "thu-nsnn")]).status == .unprocessableEntity)
            #expect(
                try await planner.post(reopen, [("reopen", "0"), ("r0_code", "thu-nsnn"), ("r0_reason", "Kho bạc điều chỉnh")])
                    .status == .seeOther)
            #expect(try await store.figureState(Self.revenue)?.status == .draft)
            let history = try await reporter.get(
                SiteRoute.figureHistory(periodID: setup.periodID, body: Self.tckh.slug, indicator: "thu-nsnn").path)
            for text in ["150,5", "158,2", "Chưa khớp", "Kho bạc điều chỉnh", "Mở lại để sửa"] {
                #expect(history.body.string.contains(text), "history shows \(text)")
            }
        }
    }

    @Test("A closed period takes no more figures; the board shows who is late")
    func closedAndBoard() async throws {
        try await withForm { setup in
            let reporter = try await setup.web.signIn(.reporter, scope: [Self.tckh])
            let planner = try await setup.web.signIn(.planner)
            let board = try await planner.get("/board").body.string
            #expect(board.contains("Chưa nộp"))
            #expect(!board.contains("Quá hạn"), "1 June is before the deadline of 20 June")
            #expect(try await planner.post("/periods/\(setup.periodID)", [("action", "close")]).status == .seeOther)
            #expect(try await reporter.post(setup.form, rows(revenue: "1", households: "")).status == .conflict)
            let entries = try await setup.web.store.auditEntries(entity: .period)
            #expect(entries.first?.action == "Đóng kỳ" && entries.first?.actor == planner.account?.username)
        }
    }

    @Test("A commune reports all of its own plan as one body, and no one else's")
    func commune() async throws {
        try await WebTestApp.with { web in
            let commune = ReportingBody(unitCode: "01849")
            let plan = Plan(
                key: "01849-2025", title: "Nghị quyết năm 2025 của xã Dương Quang", issuer: .council,
                issuerName: "HĐND xã Dương Quang", unitCode: "01849", term: .year(2025))
            let targets = ["ho-ngheo", "bhyt"].enumerated().map { i, code in
                Target(indicatorCode: code, text: i == 0 ? "1,5" : "≥95", expression: .parse(i == 0 ? "1,5" : "≥95"), position: i)
            }
            let result = try await web.store.apply(
                ChangeSet(plans: [PlanDocument(plan: plan, sections: [], targets: targets)]), recordedAt: TestClock.now)
            let planID = try #require(result.planIDs.first)
            let reporting = try await web.store.openReportingPeriod(
                planID: planID, period: Self.revenue.period, cutoff: try #require(CalendarDay("2025-06-14")),
                deadline: try #require(CalendarDay("2025-06-20")), by: "kehoach", at: WebTestApp.now)
            let reporter = try await web.signIn(.reporter, scope: [commune])
            let work = try await reporter.get("/entry").body.string
            #expect(work.contains("Toàn đơn vị Xã Dương Quang"))
            let form = SiteRoute.entry(periodID: reporting.id, body: commune.slug).path
            let page = try await reporter.get(form)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Tỷ lệ hộ nghèo") && page.body.string.contains("bảo hiểm y tế"))
            let saved = try await reporter.post(
                form, [("r0_code", "ho-ngheo"), ("r0_rev", "0"), ("r0_value", "1,2"), ("r0_kind", "actual")])
            #expect(saved.status == .seeOther)
            let city = try await web.signIn(.reporter, scope: [Self.kinhTe])
            #expect(try await city.get(form).status == .forbidden)
        }
    }
}
