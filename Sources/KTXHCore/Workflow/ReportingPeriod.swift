/// Kỳ báo cáo đang mở: a plan's period opened for data entry, with the date the figures are "as of"
/// and the day they are due.
public struct ReportingPeriod: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var planID: Int64
    public var period: Period
    /// Ngày chốt số liệu: under Nghị định 09/2019/NĐ-CP the 14th of the period's last month.
    public var cutoff: CalendarDay
    /// Hạn nộp.
    public var deadline: CalendarDay
    public var isOpen: Bool

    public init(id: Int64, planID: Int64, period: Period, cutoff: CalendarDay, deadline: CalendarDay, isOpen: Bool) {
        self.id = id
        self.planID = planID
        self.period = period
        self.cutoff = cutoff
        self.deadline = deadline
        self.isOpen = isOpen
    }

    /// Days past the deadline on `today`; zero on or before it.
    public func daysOverdue(on today: CalendarDay) -> Int {
        max(0, today.daysSince(deadline))
    }
}
