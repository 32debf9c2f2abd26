import Foundation

/// A date without a time or a time zone: a cut-off date, a deadline, a resolution's date.
///
/// The core never reads the clock; callers pass the day in.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For days known valid by construction (the 14th and 15th of any month).
    init(checked year: Int, _ month: Int, _ day: Int) {
        precondition((1...12).contains(month) && (1...28).contains(day))
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2024-05-31` (ISO) or `31/5/2024` (as officials write it).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let vn = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]), iso[0].count == 4 {
            self.init(year: y, month: m, day: d)
        } else if vn.count == 3, let d = Int(vn[0]), let m = Int(vn[1]), let y = Int(vn[2]), vn[2].count == 4 {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `2024-05-31`.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `31/5/2024`, the way a Vietnamese document writes a date.
    public var vietnamese: String { "\(day)/\(month)/\(year)" }

    /// `31/05/2024`, the form with leading zeros used in tables.
    public var vietnamesePadded: String { String(format: "%02d/%02d/%04d", day, month, year) }

    public var description: String { iso }
}

extension CalendarDay {
    /// 31 December of `year`: the day a year's result is judged on.
    public static func endOfYear(_ year: Int) -> CalendarDay {
        var day = CalendarDay(checked: year, 12, 1)
        day.day = 31
        return day
    }
}
