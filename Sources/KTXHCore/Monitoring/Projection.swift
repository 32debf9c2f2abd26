import Foundation

/// Dự báo cả năm: where a cumulative figure is heading by the year's end, from the figure to date and the share of
/// the year's total that the years or units of its pace had reached by the same cut-off. Never a certainty: a range,
/// with the basis it came from.
public struct Projection: Hashable, Sendable, Codable {
    public var low: Decimal
    public var mid: Decimal
    public var high: Decimal
    /// The same as percentages of the year's target; nil where the target has no figure.
    public var percentOfPlan: (low: Decimal, mid: Decimal, high: Decimal)? {
        guard let target, target != 0 else { return nil }
        return (low / target * 100, mid / target * 100, high / target * 100)
    }
    public var target: Decimal?
    public var basis: ExpectedPace.Basis

    /// How wide the range is when nothing gives a spread (the linear pace): ±15 % of the middle.
    public static let linearSpread = Decimal(string: "0.15")!

    public init(low: Decimal, mid: Decimal, high: Decimal, target: Decimal?, basis: ExpectedPace.Basis) {
        self.low = low
        self.mid = mid
        self.high = high
        self.target = target
        self.basis = basis
    }

    /// The year's total projected from `toDate`: the middle from the median share; the range from a 90 % prediction
    /// interval of the next year's share given the shares seen (median ± t × standard deviation × √(1 + 1/n), Student's
    /// t for n − 1 degrees of freedom), since three to five years say little about the next; a larger share leaves less
    /// of the year to come, so it gives the low end. Nil where no pace applies.
    public static func yearEnd(toDate: Decimal, pace: ExpectedPace, target: Decimal?) -> Projection? {
        guard toDate >= 0 else { return nil }
        switch pace.basis {
        case .ownHistory, .comparableUnits:
            let shares = pace.shares.filter { $0 > 0 }
            guard let smallest = shares.min() else { return nil }
            let middle = Statistics.median(shares)
            let spread = Statistics.predictionSpread(shares)
            let (small, large) = (max(middle - spread, smallest / 2), middle + spread)
            return Projection(low: toDate / large, mid: toDate / middle, high: toDate / small, target: target, basis: pace.basis)
        case .linear:
            guard let share = target.flatMap({ $0 > 0 ? pace.toDate / $0 : nil }), share > 0 else { return nil }
            let mid = toDate / share
            return Projection(
                low: mid * (1 - linearSpread), mid: mid, high: mid * (1 + linearSpread), target: target, basis: pace.basis)
        case .path, .unknown:
            return nil
        }
    }

    /// The sentence a report can carry: "dự báo cả năm đạt 290-305 tỷ đồng, khoảng 92-96% kế hoạch".
    public func sentence(unit: String) -> String {
        // "Tỷ đồng" as a catalogue writes it is "tỷ đồng" inside a sentence; "USD", "HTX" stay.
        let word = SentenceCase.lowercasedFirst(unit)
        let figures = "\(Self.rounded(low))-\(Self.rounded(high))" + (unit.isEmpty ? "" : " \(word)")
        guard let percent = percentOfPlan else { return "dự báo cả năm đạt khoảng \(figures)" }
        return "dự báo cả năm đạt khoảng \(figures), khoảng \(Self.whole(percent.low))-\(Self.whole(percent.high))% kế hoạch"
    }

    static func whole(_ value: Decimal) -> String {
        VietnameseNumber.format(value.rounded(0))
    }

    /// Three significant figures at most, in Vietnamese format: a projection is not exact to the unit.
    static func rounded(_ value: Decimal) -> String {
        let magnitude = abs(Double(truncating: NSDecimalNumber(decimal: value)))
        return VietnameseNumber.format(value.rounded(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2))
    }
}
