import Foundation
import KTXHCore
import KTXHDemo
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

/// The use case behind the entry form and the board's bulk approval, without the web app: Bắc Kạn city's
/// first half of 2025, the finance office's form.
@Suite("Figure entry: save, send, approve")
struct FigureEntryTests {
    static let tckh = ReportingBody(unitCode: "058", department: "Phòng Tài chính - Kế hoạch")
    static let period = Period(year: 2025, kind: .half(1))
    static let revenue = FigureKey(indicatorCode: "thu-nsnn", unitCode: "058", period: period)
    static let households = FigureKey(indicatorCode: "ho-kinh-doanh", unitCode: "058", period: period)

    func withForm(_ kind: TestDatabase.Kind, _ body: (Store, EntryForm) async throws -> Void) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2025" })
            let reporting = try await store.openReportingPeriod(
                planID: plan.id, period: Self.period, cutoff: try #require(CalendarDay("2025-06-14")),
                deadline: try #require(CalendarDay("2025-06-20")), by: "kehoach", at: TestClock.now)
            let form = try #require(try await EntryForm.load(store: store, periodID: reporting.id, slug: Self.tckh.slug))
            try await body(store, form)
        }
    }

    func edit(_ key: FigureKey, _ value: Decimal, cause: String = "", remedy: String = "") -> FigureEdit {
        FigureEdit(key: key, baseRevision: 0, value: .number(value), kind: .actual, cause: cause, remedy: remedy)
    }

    @Test("A shortfall is not sent without its explanation, and nothing of the form is saved", arguments: TestDatabase.available)
    func unexplained(_ kind: TestDatabase.Kind) async throws {
        try await withForm(kind) { store, form in
            let entry = FigureEntry(store: store)
            let edits = [edit(Self.revenue, 150.5), edit(Self.households, 4227)]
            let problems = FigureEntry.problems(edits, submit: true, in: form)
            #expect(problems.keys.sorted() == ["thu-nsnn"])
            #expect(FigureEntry.problems(edits, submit: false, in: form).isEmpty, "saving a draft needs no explanation")
            await #expect(throws: FigureEntry.Refusal.unexplained(problems)) {
                try await entry.save(edits, submit: true, in: form, by: "tckh", at: TestClock.now)
            }
            let saved = try await store.versions(of: Self.households)
            #expect(saved.isEmpty)
        }
    }

    @Test("Saving and sending is one step: every figure changed is sent, at one time", arguments: TestDatabase.available)
    func saveAndSubmit(_ kind: TestDatabase.Kind) async throws {
        try await withForm(kind) { store, form in
            let entry = FigureEntry(store: store)
            let edits = [
                edit(Self.revenue, 150.5, cause: "Thu tiền đất chậm", remedy: "Đấu giá quý III"), edit(Self.households, 4227),
            ]
            let done = try await entry.save(edits, submit: true, in: form, by: "tckh", at: TestClock.now)
            #expect(done.saved == 2 && done.submitted == 2)
            #expect(try await store.figureState(Self.revenue)?.status == .submitted)
            #expect(try await store.figureState(Self.households)?.status == .submitted)
            let entries = try await store.auditEntries(entity: .figure)
            #expect(entries.contains { $0.action == "Gửi duyệt" && $0.key == Self.revenue.description })
            #expect(entries.allSatisfy { $0.at == TestClock.now })
        }
    }

    @Test(
        "The board approves the submitted figures of its cells; a cell it does not show is refused",
        arguments: TestDatabase.available)
    func approve(_ kind: TestDatabase.Kind) async throws {
        try await withForm(kind) { store, form in
            let entry = FigureEntry(store: store)
            let cell = "\(form.reporting.id):\(Self.tckh.slug)"
            await #expect(throws: FigureEntry.Refusal.nothingToApprove) {
                try await entry.approve(cells: [cell], by: "lanhdao", at: TestClock.now)
            }
            _ = try await entry.save([edit(Self.households, 4227)], submit: true, in: form, by: "tckh", at: TestClock.now)
            _ = try await entry.save([edit(Self.revenue, 160)], submit: false, in: form, by: "tckh", at: TestClock.now)
            await #expect(throws: FigureEntry.Refusal.unknownCell("999:\(Self.tckh.slug)")) {
                try await entry.approve(cells: [cell, "999:\(Self.tckh.slug)"], by: "lanhdao", at: TestClock.now)
            }
            #expect(try await store.figureState(Self.households)?.status == .submitted, "a refused set approves nothing")
            #expect(try await entry.approve(cells: [cell], by: "lanhdao", at: TestClock.now) == 1, "only the submitted one")
            #expect(try await store.figureState(Self.households)?.status == .approved)
            #expect(try await store.figureState(Self.revenue)?.status == .draft)
        }
    }

    @Test("Returning or reopening a figure needs its reason; a step with nothing chosen is refused")
    func reviewSteps() async throws {
        try await withForm(.sqlite) { store, form in
            let entry = FigureEntry(store: store)
            _ = try await entry.save([edit(Self.households, 4227)], submit: true, in: form, by: "tckh", at: TestClock.now)
            await #expect(throws: FigureEntry.Refusal.reasonMissing(.return)) {
                try await entry.review([Self.households], .return, reason: "", by: "kehoach", at: TestClock.now)
            }
            await #expect(throws: FigureEntry.Refusal.nothingChosen) {
                try await entry.review([], .approve, reason: "", by: "kehoach", at: TestClock.now)
            }
            #expect(
                try await entry.review([Self.households], .return, reason: "Chưa khớp", by: "kehoach", at: TestClock.now) == 1)
            #expect(try await store.figureState(Self.households)?.status == .returned)
        }
    }

    @Test("A closed period takes no more figures")
    func closed() async throws {
        try await withForm(.sqlite) { store, form in
            try await store.updateReportingPeriod(
                id: form.reporting.id, deadline: nil, isOpen: false, by: "kehoach", at: TestClock.now)
            let closed = try #require(try await EntryForm.load(store: store, periodID: form.reporting.id, slug: Self.tckh.slug))
            await #expect(throws: FigureEntry.Refusal.closed) {
                try await FigureEntry(store: store).save(
                    [edit(Self.households, 4227)], submit: false, in: closed, by: "tckh", at: TestClock.now)
            }
            #expect(try await store.versions(of: Self.households).isEmpty)
        }
    }
}
