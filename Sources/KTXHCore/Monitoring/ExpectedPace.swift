import Foundation

/// Nhịp dự kiến: how far into the year's total a cumulative figure is expected to be by a cut-off ("thu ngân sách
/// đến 30/6 thường đạt khoảng 45% dự toán"), or where a stock or a rate is expected to be on its way from last
/// year's level to the target. Rules and thresholds: docs/evaluation.md, "Pace and projection".
public struct ExpectedPace: Hashable, Sendable, Codable {
    /// The figure expected by the cut-off, against which the actual figure is set.
    public var toDate: Decimal
    /// For a cumulative figure, the share of the year's total reached by the cut-off in each year or unit the
    /// pace was taken from (the spread gives the projection's range); empty for a stock or a rate.
    public var shares: [Decimal]
    public var basis: Basis

    public init(toDate: Decimal, shares: [Decimal], basis: Basis) {
        self.toDate = toDate
        self.shares = shares
        self.basis = basis
    }

    /// Where the expected pace comes from, in the order they are tried.
    public enum Basis: Hashable, Sendable, Codable {
        /// The unit's own past years (successors' figures include their predecessors').
        case ownHistory(years: [Int])
        /// The same indicator in comparable units (the other communes of the same province) in the past year.
        case comparableUnits(count: Int, year: Int)
        /// The share of the year elapsed: a figure that grows evenly.
        case linear
        /// A stock or a rate: evenly from last year's level to the target.
        case path(from: Decimal)
        /// Nothing to set a pace from: a stock or a rate without last year's level.
        case unknown

        /// "theo nhịp các năm 2021, 2022, 2023 của đơn vị".
        public var vietnamese: String {
            switch self {
            case .ownHistory(let years): "theo nhịp các năm \(years.map(String.init).joined(separator: ", ")) của đơn vị"
            case .comparableUnits(let count, let year): "theo nhịp năm \(year) của \(count) đơn vị cùng cấp trong tỉnh"
            case .linear: "tuyến tính theo thời gian (chưa đủ số liệu các năm trước)"
            case .path(let from): "đều từ mức năm trước (\(VietnameseNumber.format(from))) đến chỉ tiêu"
            case .unknown: "chưa có số liệu năm trước để đặt nhịp"
            }
        }
    }

    /// A period a cumulative figure is reported for from the start of the year: the first quarter, the first
    /// half, nine months, a month counted from January. Only these have a pace before the year ends.
    public static func isYearToDate(_ period: Period) -> Bool {
        period.months.lowerBound == 1 && period.months.upperBound < 12
    }

    /// Fewest past years of the unit's own for its history to set the pace; fewest comparable units.
    public static let minimumYears = 3
    public static let minimumUnits = 5
    /// Below this many a year, a count of events (new cooperatives, schools recognised) has no pace.
    public static let fewestEvents: Decimal = 20

    /// One year's share: the figure at the cut-off over the year's total, when both are positive and the share is
    /// believable (a cut-off figure above the year's total by more than half is a typing error, not a pace).
    public static func share(toDate: Decimal, yearEnd: Decimal) -> Decimal? {
        guard toDate > 0, yearEnd > 0 else { return nil }
        let share = toDate / yearEnd
        return share <= Decimal(string: "1.5")! ? share : nil
    }

    /// The pace of a cumulative figure at `period` for a year's `target`: the unit's own past years when it has
    /// enough (the five most recent), else comparable units, else the share of the year elapsed.
    public static func cumulative(
        target: Decimal, period: Period, ownShares: [(year: Int, share: Decimal)], peerShares: [Decimal], peerYear: Int
    ) -> ExpectedPace {
        let own = ownShares.sorted { $0.year > $1.year }.prefix(5)
        if own.count >= minimumYears {
            let shares = own.map(\.share)
            return ExpectedPace(
                toDate: target * Statistics.median(shares), shares: shares, basis: .ownHistory(years: own.map(\.year).sorted()))
        }
        if peerShares.count >= minimumUnits {
            return ExpectedPace(
                toDate: target * Statistics.median(peerShares), shares: peerShares,
                basis: .comparableUnits(count: peerShares.count, year: peerYear))
        }
        return ExpectedPace(toDate: target * period.shareOfYear, shares: [], basis: .linear)
    }

    /// Nothing to judge a pace against.
    public static let unknown = ExpectedPace(toDate: 0, shares: [], basis: .unknown)

    /// The path of a stock or a rate: evenly from last year's level to the target; unknown without that level.
    public static func stock(target: Decimal, period: Period, lastYear: Decimal?) -> ExpectedPace {
        guard let lastYear else { return .unknown }
        return ExpectedPace(
            toDate: lastYear + (target - lastYear) * period.shareOfYear, shares: [], basis: .path(from: lastYear))
    }
}

/// The few statistics the pace and its projection need, on `Decimal`.
public enum Statistics {
    public static func median(_ values: [Decimal]) -> Decimal {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// Half the width of a two-sided 90 % prediction interval for one more value like `values`: t × s × √(1 + 1/n).
    public static func predictionSpread(_ values: [Decimal]) -> Decimal {
        let n = values.count
        guard n >= 2 else { return 0 }
        let mean = values.reduce(0, +) / Decimal(n)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Decimal(n - 1)
        let deviation = Double(truncating: NSDecimalNumber(decimal: variance)).squareRoot()
        let width = studentT90(degrees: n - 1) * deviation * (1 + 1 / Double(n)).squareRoot()
        return Decimal(string: String(format: "%.6f", width)) ?? 0
    }

    /// Student's t at 0.95 (a two-sided 90 % interval) for small samples; the normal's 1,645 beyond thirty.
    static func studentT90(degrees: Int) -> Double {
        let table: [Double] = [6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812]
        if degrees >= 1 && degrees <= table.count { return table[degrees - 1] }
        return degrees <= 30 ? 1.7 : 1.645
    }
}
