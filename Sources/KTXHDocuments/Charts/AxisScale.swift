import Foundation

/// Thang đo: an axis from zero (or the lowest negative value) to a round number above the highest value, with
/// four to six ticks at round steps (1, 2 or 5 times a power of ten), so the axis reads "0 · 500 · 1.000 · 1.500".
struct AxisScale: Hashable, Sendable {
    var lower: Decimal
    var upper: Decimal
    var step: Decimal

    init(values: [Decimal]) {
        let highest = max(values.max() ?? 0, 0)
        let lowest = min(values.min() ?? 0, 0)
        let span = highest - lowest
        guard span > 0 else {
            lower = 0
            upper = 1
            step = 0.25
            return
        }
        step = Self.roundStep(span / 5)
        lower = lowest < 0 ? -Self.ceiling(-lowest, step) : 0
        upper = Self.ceiling(highest, step)
        if upper == lower { upper = lower + step }
    }

    var ticks: [Decimal] {
        var result: [Decimal] = []
        var tick = lower
        while tick <= upper && result.count < 50 {
            result.append(tick)
            tick += step
        }
        return result
    }

    /// Where `value` falls between the axis's ends, from 0 to 1.
    func fraction(_ value: Decimal) -> Double {
        let whole = NSDecimalNumber(decimal: upper - lower).doubleValue
        guard whole > 0 else { return 0 }
        return min(1, max(0, NSDecimalNumber(decimal: value - lower).doubleValue / whole))
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func roundStep(_ rough: Decimal) -> Decimal {
        var power: Decimal = 1
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for multiple: Decimal in [1, 2, 5, 10] where power * multiple >= rough { return power * multiple }
        return power * 10
    }

    /// The smallest multiple of `step` at or above `value`.
    static func ceiling(_ value: Decimal, _ step: Decimal) -> Decimal {
        (value / step).rounded(0, .up) * step
    }
}
