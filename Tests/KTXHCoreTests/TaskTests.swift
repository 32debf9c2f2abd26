import Foundation
import KTXHCore
import Testing

@Suite("Tasks: deadlines, statuses and where a task stands")
struct TaskTests {
    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(text)) }

    func task(deadline: TaskDeadline?, status: TaskStatus = .inProgress) -> PlanTask {
        PlanTask(
            id: 1, planID: 1, position: 1, section: "", text: "Hoàn thành quy hoạch chung", lead: "", partners: [],
            deadline: deadline, status: status)
    }

    @Test("Every kind of deadline reads back from its code and ends on the right day")
    func deadlines() throws {
        let cases: [(TaskDeadline, String, String?)] = [
            (.day(try day("2025-06-30")), "2025-06-30", "2025-06-30"),
            (.quarter(year: 2025, quarter: 3), "Q3/2025", "2025-09-30"),
            (.month(year: 2024, month: 2), "02/2024", "2024-02-29"), (.year(2025), "năm 2025", "2025-12-31"),
            (.ongoing, "thường xuyên", nil),
        ]
        for (deadline, code, last) in cases {
            #expect(deadline.code == code)
            #expect(TaskDeadline(code: code) == deadline, "\(code)")
            #expect(deadline.lastDay?.iso == last, "\(code)")
        }
        #expect(TaskDeadline.quarter(year: 2025, quarter: 3).vietnamese == "Quý III/2025")
        for bad in ["", "Q5/2025", "13/2025", "2025-02-30", "năm", "sớm"] { #expect(TaskDeadline(code: bad) == nil, "\(bad)") }
    }

    @Test("Overdue after its last day, at risk near it or unreported this period, closed when finished")
    func standing() throws {
        let due = TaskDeadline.day(try day("2025-06-30"))
        let today = try day("2025-07-12")
        #expect(TaskStanding(task: task(deadline: due), today: today, lastReport: nil, periodStart: nil) == .overdue(days: 12))
        #expect(
            TaskStanding(task: task(deadline: due), today: try day("2025-06-30"), lastReport: nil, periodStart: nil)
                == .atRisk(dueInDays: 0, unreported: false))
        #expect(
            TaskStanding(task: task(deadline: due), today: try day("2025-05-01"), lastReport: nil, periodStart: nil) == .onTrack)
        let start = try day("2025-06-14")
        #expect(
            TaskStanding(task: task(deadline: .year(2025)), today: today, lastReport: try day("2025-05-20"), periodStart: start)
                == .atRisk(dueInDays: nil, unreported: true))
        #expect(
            TaskStanding(task: task(deadline: .year(2025)), today: today, lastReport: try day("2025-07-01"), periodStart: start)
                == .onTrack)
        #expect(
            TaskStanding(task: task(deadline: due, status: .done), today: today, lastReport: nil, periodStart: start) == .closed)
        #expect(TaskStanding(task: task(deadline: .ongoing), today: today, lastReport: nil, periodStart: nil) == .onTrack)
        #expect(TaskStanding.overdue(days: 12).vietnamese == "Quá hạn 12 ngày")
    }

    @Test("Done after the deadline is done late; statuses read from codes and Vietnamese names")
    func statuses() throws {
        let due = TaskDeadline.quarter(year: 2025, quarter: 2)
        #expect(TaskStatus.completed(on: try day("2025-06-30"), deadline: due) == .done)
        #expect(TaskStatus.completed(on: try day("2025-07-01"), deadline: due) == .doneLate)
        #expect(TaskStatus.completed(on: try day("2030-01-01"), deadline: .ongoing) == .done)
        #expect(TaskStatus(text: "Hoàn thành chậm") == .doneLate)
        #expect(TaskStatus(text: "dang-thuc-hien") == .inProgress)
        #expect(TaskStatus(text: "CHƯA TRIỂN KHAI") == .notStarted)
        #expect(TaskStatus(text: "xong") == nil)
        #expect(TaskStatus.allCases.filter(\.isClosed) == [.done, .doneLate, .failed, .stopped])
    }
}
