/// Tình hình thực hiện: whether a task needs the council's attention today. Overdue: its deadline has passed and it
/// is still open. At risk: open, and due within `warningDays`, or not reported on since the current reporting period
/// began. Computed from the day passed in, never from a clock.
public enum TaskStanding: Hashable, Sendable {
    case closed
    case onTrack
    case atRisk(dueInDays: Int?, unreported: Bool)
    case overdue(days: Int)

    /// Days before its deadline an open task counts as at risk.
    public static let warningDays = 30

    public init(task: PlanTask, today: CalendarDay, lastReport: CalendarDay?, periodStart: CalendarDay?) {
        guard !task.status.isClosed else {
            self = .closed
            return
        }
        let last = task.deadline?.lastDay
        if let last, today > last {
            self = .overdue(days: today.daysSince(last))
            return
        }
        let dueIn = last.map { $0.daysSince(today) }
        let near = dueIn.map { $0 <= Self.warningDays } ?? false
        let unreported = periodStart.map { start in lastReport.map { $0 < start } ?? true } ?? false
        self = near || unreported ? .atRisk(dueInDays: near ? dueIn : nil, unreported: unreported) : .onTrack
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }

    public var needsAttention: Bool {
        switch self {
        case .overdue, .atRisk: true
        case .closed, .onTrack: false
        }
    }

    /// "Quá hạn 12 ngày", "Còn 5 ngày", "Chưa báo cáo kỳ này".
    public var vietnamese: String {
        switch self {
        case .closed: "Đã kết thúc"
        case .onTrack: "Đúng tiến độ"
        case .overdue(let days): "Quá hạn \(days) ngày"
        case .atRisk(let dueIn, let unreported):
            [dueIn.map { "Còn \($0) ngày" }, unreported ? "Chưa báo cáo kỳ này" : nil].compactMap { $0 }.joined(separator: "; ")
        }
    }
}
