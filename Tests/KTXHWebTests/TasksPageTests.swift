import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// Issue 17's story through HTTP: a planner proposes seed 000's tasks, reviews and saves them, assigns one; a
/// department reports with a file; the board lists the overdue one; bad input and stale forms change nothing.
@Suite("Tasks pages")
struct TasksPageTests {
    func multipart(
        _ browser: Browser, _ path: String, fields: [(String, String)], file: (field: String, name: String, data: Data)?
    )
        async throws -> TestingHTTPResponse
    {
        let boundary = "ktxh-\(UUID().uuidString)"
        var body = Data()
        for (key, value) in [(CSRF.field, browser.csrf)] + fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var headers = browser.headers(for: path)
        headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        return try await browser.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    @Test("Propose, save once, assign, report with a file, see it overdue on the board")
    func story() async throws {
        try await WebTestApp.with { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2025" })
            let tasksPath = SiteRoute.planTasks(planID: plan.id).path
            let planner = try await web.signIn(.planner)
            let seed = try SeedFixture.text("000")

            let review = try await multipart(planner, tasksPath, fields: [("action", "xem"), ("text", seed)], file: nil)
            #expect(review.status == .ok)
            #expect(
                review.body.string.contains("Xem trước:")
                    && review.body.string.contains("Thực hiện nghiêm Luật Ngân sách Nhà nước"))
            #expect(try await web.store.tasks(planID: plan.id).isEmpty, "a review saves nothing")

            let saved = try await planner.post(tasksPath, [("action", "luu"), ("text", seed)])
            #expect(saved.status == .seeOther)
            let tasks = try await web.store.tasks(planID: plan.id)
            #expect(tasks.count >= 60)
            _ = try await planner.post(tasksPath, [("action", "luu"), ("text", seed)])
            #expect(try await web.store.tasks(planID: plan.id).count == tasks.count, "saved once")

            let task = tasks[2]
            let taskPath = SiteRoute.task(planID: plan.id, taskID: task.id).path
            let badDeadline = try await planner.post(
                SiteRoute.taskAssign(planID: plan.id, taskID: task.id).path,
                [("lead", "Phòng Kinh tế"), ("deadline", "sớm"), ("revision", "1")])
            #expect(
                badDeadline.status == .unprocessableEntity && badDeadline.body.string.contains("Thời hạn «sớm» không hiểu được"))
            let badIndicator = try await planner.post(
                SiteRoute.taskAssign(planID: plan.id, taskID: task.id).path,
                [("lead", "Phòng Kinh tế"), ("indicators[]", "khong-co"), ("revision", "1")])
            #expect(
                badIndicator.status == .unprocessableEntity && badIndicator.body.string.contains("Chỉ tiêu «khong-co» không có"))
            let served = try #require(try await web.store.planDocument(id: plan.id)?.targets.first?.indicatorCode)
            let assigned = try await planner.post(
                SiteRoute.taskAssign(planID: plan.id, taskID: task.id).path,
                [
                    ("lead", "Phòng Kinh tế"), ("partners", "Phòng Tài chính - Kế hoạch\nUBND các xã, phường"),
                    ("deadline", "31/3/2025"), ("indicators[]", served), ("revision", "1"),
                ])
            #expect(assigned.status == .seeOther)
            #expect(try await web.store.task(id: task.id)?.indicatorCodes == [served])
            #expect(try await web.store.task(id: task.id)?.partners == ["Phòng Tài chính - Kế hoạch", "UBND các xã, phường"])

            let reporter = try await web.signIn(.reporter, scope: [ReportingBody(unitCode: "058", department: "Phòng Kinh tế")])
            let fake = try await multipart(
                reporter, taskPath, fields: [("status", "dang-thuc-hien"), ("note", "Đang làm"), ("revision", "2")],
                file: ("attachment", "bien-ban.pdf", Data("không phải PDF".utf8)))
            #expect(fake.status == .unprocessableEntity && fake.body.string.contains("không phải tệp .pdf thật"))
            let stale = try await multipart(
                reporter, taskPath, fields: [("status", "dang-thuc-hien"), ("note", "Đang làm"), ("revision", "1")], file: nil)
            #expect(stale.status == .conflict)
            #expect(try await web.store.taskReports(taskID: task.id).isEmpty, "refused reports change nothing")
            let report = try await multipart(
                reporter, taskPath,
                fields: [
                    ("status", "dang-thuc-hien"), ("note", "Đã khảo sát mặt bằng"), ("period", "2025-H1"),
                    ("revision", "2"),
                ], file: ("attachment", "bien-ban.pdf", Data("%PDF-1.4 biên bản".utf8)))
            #expect(report.status == .seeOther)
            let reports = try await web.store.taskReports(taskID: task.id)
            #expect(reports.map(\.note) == ["Đã khảo sát mặt bằng"] && reports.first?.attachmentName == "bien-ban.pdf")

            let page = try await web.signIn(.viewer).get(taskPath)
            #expect(page.body.string.contains("Đã khảo sát mặt bằng") && page.body.string.contains("Quá hạn"))
            let file = try await web.signIn(.viewer).get(
                SiteRoute.taskAttachment(planID: plan.id, taskID: task.id, reportID: try #require(reports.first?.id)).path)
            #expect(file.status == .ok && file.body.string == "%PDF-1.4 biên bản")
            #expect(file.headers.first(name: .contentType) == "application/pdf")

            let period = try await web.store.openReportingPeriod(
                planID: plan.id, period: Period(year: 2025, kind: .half(1)), cutoff: try #require(CalendarDay("2025-06-14")),
                deadline: try #require(CalendarDay("2025-06-20")), by: "test", at: WebTestApp.now)
            let entry = try await reporter.get(SiteRoute.entry(periodID: period.id, body: "phong-kinh-te").path)
            #expect(entry.body.string.contains("Nhiệm vụ đơn vị chủ trì") && entry.body.string.contains(taskPath))
            let otherEntry = try await planner.get(SiteRoute.entry(periodID: period.id, body: "phong-tai-chinh-ke-hoach").path)
            #expect(!otherEntry.body.string.contains(taskPath), "another body's form lists only its own tasks")

            let board = try await planner.get(SiteRoute.board.path)
            #expect(board.body.string.contains("Nhiệm vụ quá hạn") && board.body.string.contains(taskPath))
            let overdue = try await planner.get(tasksPath + "?loc=qua-han")
            #expect(overdue.body.string.contains(taskPath))
            let audit = try await web.store.auditEntries(entity: .task, key: Store.taskKey(task.id))
            #expect(audit.contains { $0.action == "Giao nhiệm vụ" } && audit.contains { $0.action == "Báo cáo tiến độ" })
        }
    }
}
