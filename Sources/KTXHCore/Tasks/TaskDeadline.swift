/// Thời hạn hoàn thành: when a task is due, as a council or a committee writes it: a day ("trước ngày
/// 30/6/2025"), a quarter ("trong quý III/2025"), a month ("tháng 10/2025"), the year ("trong năm 2025") or no end
/// at all ("thường xuyên"). `code` is the form scripts read ("2025-06-30", "Q3/2025", "10/2025", "năm 2025",
/// "thường xuyên").
public enum TaskDeadline: Hashable, Sendable {
    case day(CalendarDay)
    case quarter(year: Int, quarter: Int)
    case month(year: Int, month: Int)
    case year(Int)
    case ongoing

    public var code: String {
        switch self {
        case .day(let day): day.iso
        case .quarter(let year, let quarter): "Q\(quarter)/\(year)"
        case .month(let year, let month): (month < 10 ? "0" : "") + "\(month)/\(year)"
        case .year(let year): "năm \(year)"
        case .ongoing: "thường xuyên"
        }
    }

    /// As a page or a report says it: "30/6/2025", "Quý III/2025", "Tháng 10/2025", "Năm 2025", "Thường xuyên".
    public var vietnamese: String {
        switch self {
        case .day(let day): day.vietnamese
        case .quarter(let year, let quarter): "Quý \(["I", "II", "III", "IV"][quarter - 1])/\(year)"
        case .month(let year, let month): "Tháng \(month)/\(year)"
        case .year(let year): "Năm \(year)"
        case .ongoing: "Thường xuyên"
        }
    }

    /// Reads a `code` back; nil for anything else.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces)
        if text == "thường xuyên" {
            self = .ongoing
        } else if text.hasPrefix("năm "), let year = Int(text.dropFirst(4)) {
            self = .year(year)
        } else if text.hasPrefix("Q"), let slash = text.firstIndex(of: "/"),
            let quarter = Int(text[text.index(after: text.startIndex)..<slash]), (1...4).contains(quarter),
            let year = Int(text[text.index(after: slash)...])
        {
            self = .quarter(year: year, quarter: quarter)
        } else if text.count == 10, let day = CalendarDay(text) {
            self = .day(day)
        } else if let slash = text.firstIndex(of: "/"), let month = Int(text[..<slash]), (1...12).contains(month),
            let year = Int(text[text.index(after: slash)...]), year >= 1900
        {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    /// The last day the task may be done on; nil for an ongoing task.
    public var lastDay: CalendarDay? {
        switch self {
        case .day(let day): day
        case .quarter(let year, let quarter):
            CalendarDay(year: year, month: quarter * 3, day: CalendarDay.daysIn(month: quarter * 3, year: year))
        case .month(let year, let month): CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
        case .year(let year): CalendarDay(year: year, month: 12, day: 31)
        case .ongoing: nil
        }
    }
}
