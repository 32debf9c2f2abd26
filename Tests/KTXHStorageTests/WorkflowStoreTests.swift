import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHStorage

@Suite("Figures through the workflow, in storage")
struct WorkflowStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_748_743_200)
    static let h1 = Period(year: 2025, kind: .half(1))
    static let key = FigureKey(indicatorCode: "thu-nsnn", unitCode: "058", period: h1)

    /// A store with Bắc Kạn city, the revenue indicator and a 2025 plan targeting 346 tỷ.
    func withPlan(_ kind: TestDatabase.Kind, _ body: (Store) async throws -> Void) async throws {
        try await TestDatabase.withStore(kind) { store in
            let plan = Plan(
                key: "058-2025", title: "Nghị quyết 2025", issuer: .council, issuerName: "HĐND thành phố Bắc Kạn",
                unitCode: "058", term: .year(2025))
            let target = Target(indicatorCode: "thu-nsnn", text: "346", expression: .parse("346"), position: 1)
            try await store.apply(
                ChangeSet(
                    units: [AdminUnit(code: "058", name: "Thành phố Bắc Kạn", kindName: "thành phố")],
                    indicators: [
                        Indicator(
                            code: "thu-nsnn", name: "Thu ngân sách nhà nước trên địa bàn", unitOfMeasure: "Tỷ đồng",
                            accumulation: .cumulative, department: "Phòng Tài chính - Kế hoạch")
                    ], plans: [PlanDocument(plan: plan, sections: [], targets: [target])]), recordedAt: TestClock.now)
            try await body(store)
        }
    }

    func edit(_ value: Decimal, base: Int) -> FigureEdit {
        FigureEdit(key: Self.key, baseRevision: base, value: .number(value), kind: .actual)
    }

    @Test("A save appends a version and records old and new; repeating it changes nothing", arguments: TestDatabase.available)
    func saveAppends(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            #expect(try await store.save([edit(150.5, base: 0)], by: "tckh", at: Self.t0, source: "web") == 1)
            #expect(try await store.save([edit(160, base: 1)], by: "tckh", at: Self.t0, source: "web") == 1)
            #expect(try await store.save([edit(160, base: 2)], by: "tckh", at: Self.t0, source: "web") == 0)
            let versions = try await store.versions(of: Self.key)
            #expect(versions.map(\.value) == [.number(150.5), .number(160)], "the first value is kept, not overwritten")
            let values = try await store.auditEntries(entity: .figure, key: Self.key.description)
            #expect(values.map { "\($0.oldValue)→\($0.newValue)" } == ["150,5→160", "→150,5"])
            #expect(try await store.figureState(Self.key)?.revision == 2)
        }
    }

    @Test("A save against an old revision is refused whole, with the newer value", arguments: TestDatabase.available)
    func staleSave(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            try await store.save([edit(160, base: 0)], by: "a", at: Self.t0, source: "web")
            let before = try await store.auditEntries().count
            do {
                try await store.save([edit(170, base: 0)], by: "b", at: Self.t0, source: "web")
                Issue.record("a stale save went through")
            } catch WorkflowError.conflict(_, let state, let value) {
                #expect(state.updatedBy == "a")
                #expect(value?.value == .number(160))
            }
            #expect(try await store.versions(of: Self.key).count == 1)
            #expect(try await store.auditEntries().count == before)
        }
    }

    @Test("Two saves racing from the same revision: exactly one wins", arguments: TestDatabase.available)
    func race(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            let edits = [edit(1, base: 0), edit(2, base: 0)]
            let outcomes = await withTaskGroup(of: Int?.self) { group in
                for (i, edit) in edits.enumerated() {
                    group.addTask { try? await store.save([edit], by: "nguoi-\(i)", at: Self.t0, source: "web") }
                }
                return await group.reduce(into: [Int?]()) { $0.append($1) }
            }
            let stored = try await store.versions(of: Self.key)
            #expect(outcomes.filter { $0 == 1 }.count == 1, "\(outcomes)")
            #expect(stored.count == 1)
        }
    }

    @Test(
        "Submitted and approved figures are locked; the steps are recorded with their reasons", arguments: TestDatabase.available)
    func steps(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            try await store.save([edit(150.5, base: 0)], by: "tckh", at: Self.t0, source: "web")
            await #expect(throws: WorkflowError.self) { try await store.move([Self.key], .approve, by: "kehoach", at: Self.t0) }
            try await store.move([Self.key], .submit, by: "tckh", at: Self.t0)
            await #expect(throws: WorkflowError.self) {
                try await store.save([edit(151, base: 2)], by: "tckh", at: Self.t0, source: "web")
            }
            try await store.move([Self.key], .return, by: "kehoach", at: Self.t0, reason: "Chưa khớp Kho bạc")
            #expect(try await store.figureState(Self.key)?.reviewComment == "Chưa khớp Kho bạc")
            try await store.save([edit(158.2, base: 3)], by: "tckh", at: Self.t0, source: "web")
            try await store.move([Self.key], .submit, by: "tckh", at: Self.t0)
            try await store.move([Self.key], .approve, by: "kehoach", at: Self.t0)
            let steps = try await store.auditEntries(entity: .figure, key: Self.key.description).filter {
                $0.field == "Trạng thái"
            }
            #expect(steps.map(\.action).reversed() == ["Gửi duyệt", "Trả lại", "Gửi duyệt", "Duyệt"])
            #expect(steps.first { $0.action == "Trả lại" }?.reason == "Chưa khớp Kho bạc")
        }
    }

    @Test(
        "The progress table counts a web figure once approved, and the approved value while reopened",
        arguments: TestDatabase.available)
    func approvedOnly(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            let planID = try #require(try await store.planSummaries().first?.id)
            func shown() async throws -> Observation.Value? {
                try await store.progressTable(planID: planID, period: Self.h1)?.indicatorRows.first?.current?.value
            }
            try await store.save([edit(150.5, base: 0)], by: "tckh", at: Self.t0, source: "web")
            try await store.move([Self.key], .submit, by: "tckh", at: Self.t0)
            #expect(try await shown() == nil, "waiting for review")
            try await store.move([Self.key], .approve, by: "kehoach", at: Self.t0)
            #expect(try await shown() == .number(150.5))
            try await store.move([Self.key], .reopen, by: "kehoach", at: Self.t0, reason: "Kho bạc điều chỉnh")
            try await store.save([edit(158.2, base: 4)], by: "tckh", at: Self.t0, source: "web")
            #expect(try await shown() == .number(150.5), "the approved value stands until the new one is approved")
            #expect(try await store.figureState(Self.key)?.reopenedAt != nil)
            #expect(try await store.pendingFigureCount(unitCode: "058", period: Self.h1) == 1)
        }
    }

    @Test("Assignments default to the catalogue's department; a change is recorded once", arguments: TestDatabase.available)
    func assignments(_ kind: TestDatabase.Kind) async throws {
        try await withPlan(kind) { store in
            let planID = try #require(try await store.planSummaries().first?.id)
            let before = try #require(try await store.assignments(planID: planID).first)
            #expect(before.body.department == "Phòng Tài chính - Kế hoạch" && !before.isExplicit)
            #expect(try await store.assign(planID: planID, ["thu-nsnn": "Phòng Tài chính - Kế hoạch"], by: "k", at: Self.t0) == 0)
            #expect(try await store.assign(planID: planID, ["thu-nsnn": "Chi cục Thuế"], by: "k", at: Self.t0) == 1)
            #expect(try await store.assignments(planID: planID).first?.body.department == "Chi cục Thuế")
            let entry = try #require(try await store.auditEntries(entity: .assignment).first)
            #expect(entry.oldValue == "Phòng Tài chính - Kế hoạch (theo danh mục)" && entry.newValue == "Chi cục Thuế")
        }
    }
}
