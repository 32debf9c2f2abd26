/// Tình hình nộp số liệu of one body for one reporting period, as the status board shows it.
public struct SubmissionStatus: Hashable, Sendable {
    /// Figures the body is assigned.
    public var assigned: Int
    public var byStatus: [FigureStatus: Int]
    /// Assigned figures nobody has entered yet.
    public var notEntered: Int
    /// Approved figures reopened and not yet approved again.
    public var changedAfterApproval: Int
    /// Days past the deadline with figures still not sent; zero otherwise.
    public var daysOverdue: Int

    public init(assigned: Int, states: [FigureState], period: ReportingPeriod, today: CalendarDay) {
        self.assigned = assigned
        byStatus = states.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
        notEntered = max(0, assigned - states.count)
        changedAfterApproval = states.filter { $0.reopenedAt != nil }.count
        let unsent = notEntered + (byStatus[.draft] ?? 0) + (byStatus[.returned] ?? 0)
        daysOverdue = unsent > 0 ? period.daysOverdue(on: today) : 0
    }

    public func count(_ status: FigureStatus) -> Int { byStatus[status] ?? 0 }

    /// The one word the board cell leads with.
    public var headline: String {
        if assigned > 0 && count(.approved) == assigned { return "Đã duyệt" }
        if count(.submitted) > 0 { return "Chờ duyệt" }
        if count(.returned) > 0 { return "Bị trả lại" }
        if count(.draft) > 0 || count(.approved) > 0 { return "Đang nhập" }
        return "Chưa nộp"
    }
}
