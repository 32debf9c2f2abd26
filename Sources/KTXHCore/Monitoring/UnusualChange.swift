import Foundation

/// Biến động bất thường: a unit whose figure moved against the same period last year far more than the other units
/// of the same level moved on the same indicator. A plausibility check, not a finding: it is worded as a question
/// for the reporter, never as an accusation.
public struct UnusualChange: Hashable, Sendable {
    public var unit: AdminUnit
    public var indicator: Indicator
    public var current: Decimal
    public var previous: Decimal
    /// The change against last year, as a percentage (+250 for "tăng 250%").
    public var change: Decimal
    /// The other units' changes: their median, and the robust z-score of this one among them.
    public var typicalChange: Decimal
    public var score: Decimal

    /// Above this robust z-score (|0,6745 × (x − median) ÷ MAD|, Iglewicz and Hoaglin's 3,5) a change stands out.
    public static let threshold: Decimal = Decimal(string: "3.5")!
    /// Fewest units to compare with: fewer say nothing about what is usual.
    public static let minimumUnits = 5

    /// The units of `figures` (this period, last year's same period) whose change stands out.
    public static func find(
        indicator: Indicator, figures: [(unit: AdminUnit, current: Decimal, previous: Decimal)]
    ) -> [UnusualChange] {
        let changes = figures.filter { $0.previous > 0 }.map { ($0, ($0.current - $0.previous) / $0.previous * 100) }
        guard changes.count >= minimumUnits else { return [] }
        let values = changes.map(\.1)
        let median = Statistics.median(values)
        let deviation = Statistics.median(values.map { abs($0 - median) })
        guard deviation > 0 else { return [] }
        return changes.compactMap { figure, change in
            let score = Decimal(string: "0.6745")! * (change - median) / deviation
            guard abs(score) > threshold else { return nil }
            return UnusualChange(
                unit: figure.unit, indicator: indicator, current: figure.current, previous: figure.previous, change: change,
                typicalChange: median, score: score)
        }
    }

    /// "Xã A: thu ngân sách tăng 250% so với cùng kỳ, trong khi các đơn vị khác thường tăng khoảng 8%. Đề nghị kiểm tra
    /// lại số liệu hoặc bổ sung giải thích?"
    public var question: String {
        func moved(_ value: Decimal) -> String {
            let size = VietnameseNumber.formatPercent(abs(value).rounded(0))
            return value >= 0 ? "tăng \(size)" : "giảm \(size)"
        }
        return "\(unit.name): \(SentenceCase.lowercasedFirst(indicator.name)) \(moved(change)) so với cùng kỳ, trong khi "
            + "các đơn vị khác thường \(moved(typicalChange)). Số liệu này có cần kiểm tra lại hoặc giải thích thêm không?"
    }
}
