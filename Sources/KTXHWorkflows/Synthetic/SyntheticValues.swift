import Foundation
import KTXHCore

/// Số liệu tổng hợp: the figure of one commune, indicator, year and period, and the target its plan sets, each
/// computed from `SyntheticSpec.draw` alone.
struct SyntheticValues: Sendable {
    let spec: SyntheticSpec

    /// How big the commune is: a ward of 20,000 people reports more than a mountain commune of 3,000.
    func size(_ commune: Int) -> Double { 0.4 + 1.6 * spec.draw(commune, 1) }

    func households(_ commune: Int, year: Int) -> Double {
        (600 + 5_400 * spec.draw(commune, 2)) * pow(1.012, Double(year - spec.yearRange.lowerBound))
    }

    /// A commune that never reports anything (about one in fifty).
    func isSilent(_ commune: Int) -> Bool { spec.draw(commune, 3) < 0.02 }

    /// A figure left out (about one in thirty): every table has gaps.
    func isMissing(_ commune: Int, _ indicator: Int, year: Int, period: Period.Kind) -> Bool {
        spec.draw(commune, indicator, year, Self.periodKey(period), 4) < 0.033
    }

    /// The value at the end of `year` (the year's total for a cumulative figure).
    func yearEnd(_ commune: Int, _ indicator: Int, year: Int) -> Double {
        let step = Double(year - spec.yearRange.lowerBound)
        switch spec.indicator(indicator).behaviour {
        case .cumulative(let base, let growth, _):
            let luck = 0.95 + 0.13 * spec.draw(commune, indicator, year, 5)
            return base * size(commune) * pow(1 + growth, step) * luck
        case .rate(let start, let yearly):
            let first = start.lowerBound + (start.upperBound - start.lowerBound) * spec.draw(commune, indicator, 6)
            let wobble = (spec.draw(commune, indicator, year, 7) - 0.5) * abs(yearly)
            return min(99.8, max(0.2, first + yearly * step + wobble))
        case .level(let start, let yearly):
            let first = start.lowerBound + (start.upperBound - start.lowerBound) * spec.draw(commune, indicator, 6)
            return (first + yearly * step * (0.5 + spec.draw(commune, indicator, 8))).rounded(.down)
        }
    }

    /// The share of the year's total reached by the period's cut-off: the indicator's season, each year a
    /// little different.
    func pace(_ commune: Int, _ indicator: Int, year: Int, period: Period.Kind) -> Double {
        guard case .cumulative(_, _, let firstHalf) = spec.indicator(indicator).behaviour else { return 1 }
        let wobble = (spec.draw(commune, indicator, year, Self.periodKey(period), 9) - 0.5) * 0.08
        switch period {
        case .half(1): return firstHalf + wobble
        case .nineMonths: return (firstHalf + 1) / 2 + 0.08 + wobble / 2
        default: return 1
        }
    }

    /// The figure reported for the period.
    func value(_ commune: Int, _ indicator: Int, year: Int, period: Period.Kind) -> Observation.Value {
        let end = yearEnd(commune, indicator, year: year)
        switch spec.indicator(indicator).behaviour {
        case .cumulative:
            let digits = Self.wholeUnits.contains(spec.indicator(indicator).unitOfMeasure) ? 0 : 1
            return .number(Self.decimal(end * pace(commune, indicator, year: year, period: period), digits: digits))
        case .rate:
            // A rate at the cut-off lies on the way from last year's end to this year's.
            let previous = year > spec.yearRange.lowerBound ? yearEnd(commune, indicator, year: year - 1) : end
            let share: Double =
                switch period {
                case .half(1): 0.5
                case .nineMonths: 0.75
                default: 1
                }
            let rate = previous + (end - previous) * share
            let denominator = households(commune, year: year).rounded()
            return .ratio(
                numerator: Decimal(Int((denominator * rate / 100).rounded())), denominator: Decimal(Int(denominator)))
        case .level:
            let previous = year > spec.yearRange.lowerBound ? yearEnd(commune, indicator, year: year - 1) : end
            return .number(Decimal(Int(period == .year ? end : previous)))
        }
    }

    /// The year's estimate sent in December before the final figure: within 4 % of it.
    func estimate(_ commune: Int, _ indicator: Int, year: Int) -> Observation.Value {
        let actual = value(commune, indicator, year: year, period: .year)
        let off = 0.96 + 0.08 * spec.draw(commune, indicator, year, 10)
        switch actual {
        case .number(let n): return .number(Self.decimal(NSDecimalNumber(decimal: n).doubleValue * off, digits: 1))
        case .ratio(let n, let d):
            let numerator = min(NSDecimalNumber(decimal: d).doubleValue, NSDecimalNumber(decimal: n).doubleValue * off)
            return .ratio(numerator: Decimal(Int(numerator.rounded())), denominator: d)
        default: return actual
        }
    }

    /// The target the plan of `year` sets: last year's result moved by the growth a council asks for, so that some
    /// communes exceed it and some fall short.
    func target(_ commune: Int, _ indicator: Int, year: Int) -> (text: String, expression: TargetExpression) {
        let synthetic = spec.indicator(indicator)
        let base = yearEnd(commune, indicator, year: year - 1)
        let ambition = spec.draw(commune, indicator, year, 11)
        switch synthetic.behaviour {
        case .cumulative(_, let growth, _):
            let planned = Self.decimal(base * (1 + growth * (0.5 + 0.7 * ambition)), digits: 0)
            let text = "Đạt \(VietnameseNumber.format(planned)) \(synthetic.unitOfMeasure) trở lên"
            return (text, TargetExpression.parse(text, unit: synthetic.unitOfMeasure))
        case .rate(_, let yearly):
            let planned = Self.decimal(min(99.5, max(0.5, base + yearly * (0.6 + 0.8 * ambition))), digits: 1)
            let text =
                synthetic.direction == .down
                ? "Giảm còn dưới \(VietnameseNumber.format(planned))%" : "Đạt \(VietnameseNumber.format(planned))% trở lên"
            return (text, TargetExpression.parse(text, unit: "%"))
        case .level:
            let planned = Decimal(Int(base) + (ambition < 0.5 ? 1 : 2))
            let text = "Đạt \(VietnameseNumber.format(planned)) \(synthetic.unitOfMeasure)"
            return (text, TargetExpression.parse(text, unit: synthetic.unitOfMeasure))
        }
    }

    /// Units counted whole: "123,2 lao động" is no figure anyone reports.
    static let wholeUnits: Set<String> = ["lao động", "người", "hộ"]

    static func periodKey(_ period: Period.Kind) -> Int {
        switch period {
        case .half(let h): h
        case .nineMonths: 9
        case .year: 12
        default: 0
        }
    }

    static func decimal(_ value: Double, digits: Int) -> Decimal {
        Decimal(value).rounded(digits)
    }
}
