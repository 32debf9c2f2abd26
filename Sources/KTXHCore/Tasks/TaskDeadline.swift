/// Thời hạn hoàn thành: when a task is due, as a council or a committee writes it: a day ("trước ngày
/// 30/6/2025"), a quarter ("trong quý III/2025"), a month ("tháng 10/2025"), the year ("trong năm 2025") or no end
/// at all ("thường xuyên"). `code` is the form scripts read ("2025-06-30", "Q3/2025", "10/2025", "năm 2025",
/// "thường xuyên").
public enum TaskDeadline: Hashable, Sendable {
    case day(year: Int, month: Int, day: Int)
    case quarter(year: Int, quarter: Int)
    case month(year: Int, month: Int)
    case year(Int)
    case ongoing

    public var code: String {
        switch self {
        case .day(let year, let month, let day): "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
        case .quarter(let year, let quarter): "Q\(quarter)/\(year)"
        case .month(let year, let month): "\(Self.twoDigits(month))/\(year)"
        case .year(let year): "năm \(year)"
        case .ongoing: "thường xuyên"
        }
    }

    /// Reads a `code` back; nil for anything else.
    public init?(code: String) {
        let parts = code.split(whereSeparator: { "-/ ".contains($0) }).map(String.init)
        switch parts.count {
        case 3 where code.contains("-"):
            guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            self = .day(year: year, month: month, day: day)
        case 2 where parts[0] == "năm":
            guard let year = Int(parts[1]) else { return nil }
            self = .year(year)
        case 2 where parts[0] == "thường" && parts[1] == "xuyên":
            self = .ongoing
        case 2 where parts[0].hasPrefix("Q"):
            guard let quarter = Int(parts[0].dropFirst()), (1...4).contains(quarter), let year = Int(parts[1]) else {
                return nil
            }
            self = .quarter(year: year, quarter: quarter)
        case 2:
            guard let month = Int(parts[0]), (1...12).contains(month), let year = Int(parts[1]) else { return nil }
            self = .month(year: year, month: month)
        default:
            return nil
        }
    }

    /// The last day the task may be done on, as (year, month, day); nil for an ongoing task.
    public var lastDay: (year: Int, month: Int, day: Int)? {
        switch self {
        case .day(let year, let month, let day): (year, month, day)
        case .quarter(let year, let quarter): (year, quarter * 3, Self.daysIn(month: quarter * 3, year: year))
        case .month(let year, let month): (year, month, Self.daysIn(month: month, year: year))
        case .year(let year): (year, 12, 31)
        case .ongoing: nil
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
