import Foundation
import KTXHCore
import KTXHStorage
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// Real values for every route parameter, on the demo data: a plan, an account, and two reporters of
/// different departments of Bắc Kạn city.
struct AccessFixture {
    let web: WebTestApp
    let values: [String: String]
    let otherReporter: Browser
    let scope: ReportingBody

    static func make(_ web: WebTestApp) async throws -> AccessFixture {
        let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2025" })
        let scope = ReportingBody(unitCode: "058", department: "Phòng Kinh tế")
        let other = ReportingBody(unitCode: "058", department: "Phòng Tài chính - Kế hoạch")
        let account = try await web.signIn(.viewer)
        let reporting = try await web.store.openReportingPeriod(
            planID: plan.id, period: Period(year: 2025, kind: .half(1)), cutoff: try #require(CalendarDay("2025-06-14")),
            deadline: try #require(CalendarDay("2025-06-20")), by: "test", at: WebTestApp.now)
        let task = try #require(
            try await web.store.addTasks(
                planID: plan.id, [NewTask(section: "Kinh tế", text: "Hoàn thành quy hoạch chợ trung tâm", lead: "Phòng Kinh tế")],
                by: "test", at: WebTestApp.now
            ).first)
        let report = try await web.store.reportTask(
            id: task.id,
            TaskReportInput(
                period: nil, status: .inProgress, note: "Đã lập hồ sơ",
                attachment: ("bien-ban.pdf", "application/pdf", Data("%PDF-1.4".utf8))), baseRevision: nil, by: "test",
            at: WebTestApp.now)
        let values: [String: String] = [
            "planID": String(plan.id), "period": "2025-H1", "token": UUID().uuidString.lowercased(),
            "accountID": String(account.account?.id ?? 0), "body": scope.slug, "periodID": String(reporting.id),
            "indicator": "tong-muc-ban-le", "taskID": String(task.id), "reportID": String(report.id),
        ]
        return AccessFixture(
            web: web, values: values, otherReporter: try await web.signIn(.reporter, scope: [other]), scope: scope)
    }

    /// A reporter whose scope covers the routes' body.
    func reporter() async throws -> Browser {
        try await web.signIn(.reporter, scope: [scope])
    }

    func path(_ route: Route) -> String {
        "/"
            + route.path.map { component -> String in
                if case .parameter(let name) = component { return values[name] ?? "0" }
                return component.description
            }.joined(separator: "/")
    }

    func send(_ method: HTTPMethod, _ path: String, as browser: Browser) async throws -> TestingHTTPResponse {
        method == .GET ? try await browser.get(path) : try await browser.post(path)
    }

    /// What a refused request must not change.
    func counts() async throws -> [Int] {
        [
            try await web.store.observationCount(), try await web.store.auditEntries(limit: 100_000).count,
            try await web.store.accounts().count, try await web.store.planSummaries().count,
        ]
    }
}
