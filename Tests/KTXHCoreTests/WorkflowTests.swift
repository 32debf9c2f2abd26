import Foundation
import Testing

@testable import KTXHCore

@Suite("Workflow of a figure")
struct WorkflowTests {
    @Test("draft → submitted → approved or returned; approved only reopens")
    func transitions() {
        #expect(FigureStatus.draft.after(.submit) == .submitted)
        #expect(FigureStatus.returned.after(.submit) == .submitted)
        #expect(FigureStatus.submitted.after(.approve) == .approved)
        #expect(FigureStatus.submitted.after(.return) == .returned)
        #expect(FigureStatus.approved.after(.reopen) == .draft)
        #expect(FigureStatus.approved.after(.save) == nil, "an approved figure is locked")
        #expect(FigureStatus.submitted.after(.save) == nil, "a submitted figure waits for review")
        #expect(FigureStatus.draft.after(.approve) == nil, "nothing is approved before it is sent")
        #expect(FigureStatus.returned.after(.approve) == nil)
        #expect(FigureStatus.draft.after(.reopen) == nil)
    }

    @Test("Days between calendar days, across months and a leap year")
    func days() throws {
        let deadline = try #require(CalendarDay("2024-02-20"))
        #expect(try #require(CalendarDay("2024-03-01")).daysSince(deadline) == 10)
        #expect(try #require(CalendarDay("2025-01-01")).daysSince(try #require(CalendarDay("2024-12-31"))) == 1)
        #expect(deadline.daysSince(deadline) == 0)
        let hanoi = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        // 17:30 UTC on 31 May is already 1 June in Hà Nội.
        #expect(CalendarDay(Date(timeIntervalSince1970: 1_748_712_600), in: hanoi) == CalendarDay("2025-06-01"))
    }

    @Test("The board's cell: overdue only while something is unsent after the deadline")
    func submissionStatus() throws {
        let key = { (code: String) in FigureKey(indicatorCode: code, unitCode: "058", period: .year(2025)) }
        let period = ReportingPeriod(
            id: 1, planID: 1, period: .year(2025), cutoff: try #require(CalendarDay("2025-12-14")),
            deadline: try #require(CalendarDay("2025-12-20")), isOpen: true)
        let late = try #require(CalendarDay("2025-12-25"))
        let states = [
            FigureState(key: key("a"), status: .submitted, updatedAt: Date(), updatedBy: "x"),
            FigureState(key: key("b"), status: .approved, updatedAt: Date(), updatedBy: "x", reopenedAt: nil),
        ]
        let waiting = SubmissionStatus(assigned: 3, states: states, period: period, today: late)
        #expect(waiting.notEntered == 1)
        #expect(waiting.daysOverdue == 5)
        #expect(waiting.headline == "Chờ duyệt")
        let done = SubmissionStatus(
            assigned: 2,
            states: states.map {
                var s = $0; s.status = .approved; return s
            }, period: period, today: late)
        #expect(done.daysOverdue == 0)
        #expect(done.headline == "Đã duyệt")
        let nothing = SubmissionStatus(assigned: 2, states: [], period: period, today: try #require(CalendarDay("2025-12-19")))
        #expect(nothing.headline == "Chưa nộp")
        #expect(nothing.daysOverdue == 0, "not late before the deadline")
    }

    @Test("An edit lists exactly the fields that differ from what is stored")
    func editChanges() {
        let key = FigureKey(indicatorCode: "thu-nsnn", unitCode: "058", period: Period(year: 2025, kind: .half(1)))
        let stored = Observation(indicatorCode: "thu-nsnn", unitCode: "058", period: key.period, value: .number(72.4))
        var state = FigureState(key: key, updatedAt: Date(), updatedBy: "x")
        state.note = "cũ"
        let same = FigureEdit(key: key, baseRevision: 1, value: .number(72.4), kind: .actual, note: "cũ")
        #expect(same.changes(from: state, latestOfKind: stored).isEmpty)
        let edit = FigureEdit(key: key, baseRevision: 1, value: .number(1889.5), kind: .actual, note: "cũ", followUp: true)
        let changes = edit.changes(from: state, latestOfKind: stored)
        #expect(changes.map(\.field) == ["Giá trị thực hiện", "Cần xem lại"])
        #expect(changes.first?.old == "72,4")
        #expect(changes.first?.new == "1.889,5")
    }
}
