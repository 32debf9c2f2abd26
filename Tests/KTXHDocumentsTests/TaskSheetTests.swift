import Foundation
import KTXHCore
import Testing

@testable import KTXHDocuments

/// Biểu theo dõi nhiệm vụ and the draft report's paragraph on tasks, from tasks whose standing is known.
@Suite("Task sheet")
struct TaskSheetTests {
    func sheet() throws -> TaskSheet {
        let plan = Plan(
            key: "058-2025", title: "Nghị quyết 2025", issuer: .council, issuerName: "Hội đồng nhân dân thành phố Bắc Kạn",
            unitCode: "058", term: .year(2025))
        func task(_ id: Int64, _ section: String, _ text: String, status: TaskStatus, deadline: TaskDeadline?) -> PlanTask {
            PlanTask(
                id: id, planID: 1, position: Int(id), section: section, text: text, lead: id == 2 ? "Phòng Kinh tế" : "",
                partners: id == 2 ? ["Phòng Nội vụ", "UBND các xã, phường"] : [], deadline: deadline, status: status)
        }
        let report = TaskReport(
            id: 1, taskID: 2, period: Period("2025-H1"), status: .inProgress, note: "Đã khảo sát", reportedAt: Date(),
            reportedBy: "kinhte")
        return TaskSheet(
            plan: plan, unit: AdminUnit(code: "058", name: "Thành phố Bắc Kạn", kindName: "thành phố"),
            items: [
                .init(task: task(1, "Kinh tế", "Thu ngân sách", status: .done, deadline: nil), standing: .closed, latest: nil),
                .init(
                    task: task(2, "Kinh tế", "Xây dựng chợ", status: .inProgress, deadline: .quarter(year: 2025, quarter: 2)),
                    standing: .overdue(days: 32), latest: report),
                .init(
                    task: task(3, "Xã hội", "Tổ chức lễ hội", status: .notStarted, deadline: .ongoing), standing: .onTrack,
                    latest: nil),
            ], day: try #require(CalendarDay("2025-08-01")))
    }

    @Test("Fields as section rows numbered I, II; each task with lead, partners, deadline, status, latest report, standing")
    func table() throws {
        let table = try sheet().reportTable
        #expect(table.title == "BIỂU THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP THÀNH PHỐ BẮC KẠN NĂM 2025")
        #expect(table.subtitle?.contains("Tình hình đến ngày 1/8/2025; 3 nhiệm vụ:") == true)
        #expect(table.subtitle?.contains("quá hạn 1") == true)
        #expect(table.rows.count == 5)
        #expect(
            table.rows[0] == .section(label: "I", title: "Kinh tế") && table.rows[3] == .section(label: "II", title: "Xã hội"))
        guard case .item(let cells, _) = table.rows[2] else { Issue.record("not a task row"); return }
        #expect(
            cells.map(\.text) == [
                "2", "Xây dựng chợ", "Phòng Kinh tế", "Phòng Nội vụ; UBND các xã, phường", "Quý II/2025", "Đang thực hiện",
                "6 tháng đầu năm 2025: Đã khảo sát", "Quá hạn 32 ngày",
            ])
        #expect(table.page == .decreeLandscape)
        var halfYear = try sheet()
        halfYear.period = Period("2025-H1")
        #expect(halfYear.title.hasSuffix("THÀNH PHỐ BẮC KẠN 6 THÁNG ĐẦU NĂM 2025"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nhiem-vu-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try table.writeDOCX(to: url)
        let widths = table.wordTable(width: table.page.textWidth).columnWidths.map(\.twips).reduce(0, +)
        #expect(widths <= table.page.textWidth.twips, "the table fits the turned page")
    }

    @Test("The draft report quotes the tasks by field, the late one with its lead and deadline, and attaches the sheet")
    func draft() throws {
        let sentences = try sheet().sectionSentences
        #expect(
            sentences == [
                "Kinh tế: 2 nhiệm vụ; đang thực hiện 1, hoàn thành 1; quá hạn 1: «Xây dựng chợ» (Phòng Kinh tế chủ trì, hạn Quý II/2025).",
                "Xã hội: 1 nhiệm vụ; chưa triển khai 1.",
            ])
        let report = try DemoFixture.progressReport()
        let document = DraftReport(report: report, tasks: try sheet()).document
        let text = DraftReportTests().paragraphs(document)
        #expect(text.contains("Tình hình thực hiện các nhiệm vụ, giải pháp của nghị quyết"))
        #expect(text.contains("- " + sentences[0]))
        #expect(text.contains("(Có biểu tiến độ thực hiện các chỉ tiêu và biểu theo dõi nhiệm vụ đính kèm)."))
        #expect(document.sections.count == 3)
        #expect(DraftReport(report: report).document.sections.count == 2, "no tasks, no sheet")
    }
}
