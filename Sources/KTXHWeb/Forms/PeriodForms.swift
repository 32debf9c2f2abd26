import KTXHCore
import KTXHStorage
import Vapor

/// Mở kỳ báo cáo: the form that opens a reporting period, as posted.
struct OpenPeriodForm: Content {
    var plan: String?
    var kind: String?
    var cutoff: String?
    var deadline: String?

    /// What the form asks for, checked: the plan among `plans`, the period of its year, a cut-off (the period's
    /// last day when left empty) and a deadline not before it. Otherwise every problem, naming field and value.
    struct Checked {
        var plan: PlanSummary
        var period: Period
        var cutoff: CalendarDay
        var deadline: CalendarDay
    }

    func checked(plans: [PlanSummary]) -> Result<Checked, PeriodFormProblems> {
        var errors: [String] = []
        let chosen = plans.first { String($0.id) == plan }
        if chosen == nil { errors.append("Kế hoạch: chưa chọn, hoặc không có kế hoạch «\(plan ?? "")».") }
        let year = chosen?.term.year ?? 0
        let period: Period? =
            switch kind {
            case "H1": Period(year: year, kind: .half(1))
            case "9M": Period(year: year, kind: .nineMonths)
            case "Y": .year(year)
            default: nil
            }
        if period == nil { errors.append("Kỳ: «\(kind ?? "")» không phải 6 tháng, 9 tháng hay cả năm.") }
        let cutoffText = cutoff ?? ""
        let cutoffDay = cutoffText.isEmpty ? period?.reportingWindow.end : CalendarDay(cutoffText)
        if cutoffDay == nil { errors.append("Ngày chốt số liệu: «\(cutoffText)» không phải một ngày.") }
        let deadlineDay = CalendarDay(deadline ?? "")
        if deadlineDay == nil { errors.append("Hạn nộp: «\(deadline ?? "")» không phải một ngày.") }
        if let cutoffDay, let deadlineDay, deadlineDay < cutoffDay {
            errors.append("Hạn nộp \(deadlineDay.vietnamese) không được trước ngày chốt số liệu \(cutoffDay.vietnamese).")
        }
        guard errors.isEmpty, let chosen, let period, let cutoffDay, let deadlineDay else {
            return .failure(PeriodFormProblems(messages: errors))
        }
        return .success(Checked(plan: chosen, period: period, cutoff: cutoffDay, deadline: deadlineDay))
    }
}

/// Đổi hạn, đóng, mở lại: a change to one reporting period, as posted.
struct PeriodChangeForm: Content {
    var action: String?
    var deadline: String?

    /// The new deadline (for "deadline"), whether the period is open after (for "close" and "open").
    func checked() -> Result<(deadline: CalendarDay?, isOpen: Bool?), PeriodFormProblems> {
        switch action {
        case "deadline":
            guard let day = CalendarDay(deadline ?? "") else {
                return .failure(PeriodFormProblems(messages: ["Hạn nộp: «\(deadline ?? "")» không phải một ngày."]))
            }
            return .success((day, nil))
        case "close": return .success((nil, false))
        case "open": return .success((nil, true))
        default: return .success((nil, nil))
        }
    }
}

struct PeriodFormProblems: Error {
    var messages: [String]
}
