import Foundation

/// Kỳ báo cáo: a reporting period.
///
/// Written `2024`, `2024-H1`, `2024-H2`, `2024-9M`, `2024-Q1`…`2024-Q4`, `2024-01`…`2024-12`, `2021-2025`.
public struct Period: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var kind: Kind

    public enum Kind: Hashable, Sendable, Codable {
        case year
        /// 6 tháng đầu năm (1) or cuối năm (2).
        case half(Int)
        /// 9 tháng.
        case nineMonths
        case quarter(Int)
        case month(Int)
        /// A multi-year term (giai đoạn, nhiệm kỳ): `year` is the first year.
        case term(lastYear: Int)
    }

    public init(year: Int, kind: Kind) {
        self.year = year
        self.kind = kind
    }

    public static func year(_ year: Int) -> Period { Period(year: year, kind: .year) }

    /// Parses the written form; nil when it is not one.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 {
            self.init(year: year, kind: .year)
            return
        }
        guard parts.count == 2 else { return nil }
        let tail = String(parts[1])
        switch tail {
        case "H1": self.init(year: year, kind: .half(1))
        case "H2": self.init(year: year, kind: .half(2))
        case "9M": self.init(year: year, kind: .nineMonths)
        case "Q1", "Q2", "Q3", "Q4":
            guard let q = Int(tail.dropFirst()) else { return nil }
            self.init(year: year, kind: .quarter(q))
        default:
            if tail.count == 2, let m = Int(tail), (1...12).contains(m) {
                self.init(year: year, kind: .month(m))
            } else if tail.count == 4, let last = Int(tail), last > year, last - year <= 10 {
                self.init(year: year, kind: .term(lastYear: last))
            } else {
                return nil
            }
        }
    }

    public var code: String {
        switch kind {
        case .year: "\(year)"
        case .half(let h): "\(year)-H\(h)"
        case .nineMonths: "\(year)-9M"
        case .quarter(let q): "\(year)-Q\(q)"
        case .month(let m): m < 10 ? "\(year)-0\(m)" : "\(year)-\(m)"
        case .term(let last): "\(year)-\(last)"
        }
    }

    public var description: String { code }

    /// The period's first and last calendar months (1-12), within `year` (or across a term).
    public var months: ClosedRange<Int> {
        switch kind {
        case .year, .term: 1...12
        case .half(let h): h == 1 ? 1...6 : 7...12
        case .nineMonths: 1...9
        case .quarter(let q): (q - 1) * 3 + 1...q * 3
        case .month(let m): m...m
        }
    }

    /// The last year the period covers.
    public var lastYear: Int {
        if case .term(let last) = kind { return last }
        return year
    }

    /// True when this period covers the whole of `other` (the year 2024 covers 2024-H1; a term covers its years).
    public func covers(_ other: Period) -> Bool {
        guard year <= other.year, lastYear >= other.lastYear else { return false }
        if case .term = kind { return true }
        if case .term = other.kind { return false }
        return months.lowerBound <= other.months.lowerBound && months.upperBound >= other.months.upperBound
    }

    /// The same period one year earlier: what "so với cùng kỳ" compares with.
    public var samePeriodLastYear: Period {
        switch kind {
        case .term(let last):
            let length = last - year + 1
            return Period(year: year - length, kind: .term(lastYear: last - length))
        default:
            return Period(year: year - 1, kind: kind)
        }
    }

    /// The share of the year elapsed at the period's end (6 tháng = 1/2), used to judge pace.
    public var shareOfYear: Decimal {
        Decimal(months.upperBound) / 12
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.lastYear, lhs.months.upperBound, -lhs.months.lowerBound)
            < (rhs.year, rhs.lastYear, rhs.months.upperBound, -rhs.months.lowerBound)
    }
}
