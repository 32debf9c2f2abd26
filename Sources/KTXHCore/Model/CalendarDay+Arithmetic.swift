import Foundation

extension CalendarDay {
    /// Days from `other` to `self`: positive when `self` is later.
    public func daysSince(_ other: CalendarDay) -> Int {
        dayNumber - other.dayNumber
    }

    /// The day `date` falls on in `timeZone`. Vietnam has one time zone and no daylight saving, so the
    /// web app passes Asia/Ho_Chi_Minh and a deadline means the same day for everyone.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    /// Days since a fixed origin (the proleptic Gregorian day number), by integer arithmetic only.
    private var dayNumber: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }
}

extension TimeZone {
    /// Giờ Việt Nam (UTC+7, no daylight saving): the one zone every deadline and "today" is counted in.
    public static let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
}
