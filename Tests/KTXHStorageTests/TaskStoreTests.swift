import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHStorage

@Suite("Tasks in storage: added, assigned and reported on, every change audited")
struct TaskStoreTests {
    func withPlan(_ kind: TestDatabase.Kind, _ body: (Store, Int64) async throws -> Void) async throws {
        try await TestDatabase.withStore(kind) { store in
            let plan = Plan(
                key: "058-2025", title: "Nghị quyết 2025", issuer: .council, issuerName: "HĐND thành phố Bắc Kạn",
                unitCode: "058", term: .year(2025))
            try await store.apply(
                ChangeSet(
                    units: [AdminUnit(code: "058", name: "Thành phố Bắc Kạn", kindName: "thành phố")],
                    plans: [PlanDocument(plan: plan, sections: [], targets: [])]), recordedAt: TestClock.now)
            let id = try #require(try await store.planSummaries().first?.id)
            try await body(store, id)
        }
    }

    @Test(
        "Tasks keep their order, lead, partners and deadline; a second batch goes after the first",
        arguments: TestDatabase.available)
    func addAndRead(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store, plan in
            let first = try await store.addTasks(
                planID: plan,
                [
                    NewTask(
                        section: "Kinh tế", text: "Hoàn thành quy hoạch chung", lead: "Phòng Kinh tế",
                        partners: ["Phòng Tài chính - Kế hoạch", "UBND các xã, phường"],
                        deadline: .quarter(year: 2025, quarter: 3)),
                    NewTask(section: "Xã hội", text: "Tổ chức lễ hội", deadline: .ongoing, sourceLine: 12),
                ], by: "kehoach", at: TestClock.now)
            _ = try await store.addTasks(
                planID: plan, [NewTask(section: "", text: "Đẩy mạnh chuyển đổi số")], by: "kehoach", at: TestClock.now)
            let tasks = try await store.tasks(planID: plan)
            #expect(tasks.map(\.position) == [1, 2, 3])
            #expect(tasks.first == first.first)
            #expect(tasks[0].partners == ["Phòng Tài chính - Kế hoạch", "UBND các xã, phường"])
            #expect(
                tasks[0].deadline == .quarter(year: 2025, quarter: 3) && tasks[1].deadline == .ongoing && tasks[2].deadline == nil
            )
            #expect(tasks.allSatisfy { $0.status == .notStarted && $0.revision == 1 && $0.lastReportedAt == nil })
            let audit = try await store.auditEntries(entity: .task)
            #expect(audit.filter { $0.action == "Thêm nhiệm vụ" }.count == 3)
        }
    }

    @Test("A report sets the status and is kept with its file; a stale one is refused whole", arguments: TestDatabase.available)
    func reports(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store, plan in
            let task = try #require(
                try await store.addTasks(planID: plan, [NewTask(section: "", text: "Xây dựng chợ")], by: "kh", at: TestClock.now)
                    .first)
            let file = Data("%PDF-1.4 biên bản".utf8)
            let report = try await store.reportTask(
                id: task.id,
                TaskReportInput(
                    period: Period("2025-H1"), status: .inProgress, note: "Đã khởi công",
                    attachment: ("bien-ban.pdf", "application/pdf", file)), baseRevision: 1, by: "kinhte", at: TestClock.now)
            let stored = try #require(try await store.task(id: task.id))
            #expect(stored.status == .inProgress && stored.revision == 2 && stored.lastReportedAt == TestClock.now)
            #expect(try await store.taskReports(taskID: task.id) == [report])
            #expect(try await store.latestTaskReports(planID: plan)[task.id] == report)
            #expect(try await store.latestTaskReports(planID: plan, period: Period("2025-H1"))[task.id] == report)
            #expect(try await store.latestTaskReports(planID: plan, period: Period("2025-9M")).isEmpty)
            let attached = try #require(try await store.taskAttachment(reportID: report.id))
            #expect(attached.name == "bien-ban.pdf" && attached.data == file)

            await #expect(throws: StaleTask.self) {
                try await store.reportTask(
                    id: task.id, TaskReportInput(period: nil, status: .stopped, note: "Dừng"), baseRevision: 1, by: "kinhte",
                    at: TestClock.now)
            }
            #expect(try await store.task(id: task.id)?.status == .inProgress)
            #expect(try await store.taskReports(taskID: task.id).count == 1)
            let audit = try await store.auditEntries(entity: .task, key: "nhiem-vu-\(task.id)")
            #expect(
                audit.contains {
                    $0.action == "Cập nhật trạng thái" && $0.oldValue == "Chưa triển khai" && $0.newValue == "Đang thực hiện"
                })
            #expect(
                audit.contains {
                    $0.action == "Báo cáo tiến độ" && $0.newValue == "Đã khởi công" && $0.reason.contains("bien-ban.pdf")
                })
        }
    }

    @Test("Assigning changes lead, partners and deadline with one audit row per field", arguments: TestDatabase.available)
    func assign(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store, plan in
            let task = try #require(
                try await store.addTasks(planID: plan, [NewTask(section: "", text: "Xây dựng chợ")], by: "kh", at: TestClock.now)
                    .first)
            let assigned = try await store.assignTask(
                id: task.id,
                TaskAssignment(
                    lead: "Phòng Kinh tế", partners: ["Phòng Nội vụ"], deadline: .year(2025), indicatorCodes: ["thu-nsnn"]),
                baseRevision: 1, by: "kh", at: TestClock.now)
            #expect(assigned == (try await store.task(id: task.id)))
            #expect(assigned.revision == 2)
            let fields = try await store.auditEntries(entity: .task).filter { $0.action == "Giao nhiệm vụ" }.map(\.field)
            #expect(Set(fields) == ["Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Chỉ tiêu liên quan"])
            #expect(assigned.indicatorCodes == ["thu-nsnn"])
            await #expect(throws: StaleTask.self) {
                try await store.assignTask(
                    id: task.id, TaskAssignment(lead: "Khác", partners: [], deadline: nil, indicatorCodes: []), baseRevision: 1,
                    by: "kh", at: TestClock.now)
            }
        }
    }
}
