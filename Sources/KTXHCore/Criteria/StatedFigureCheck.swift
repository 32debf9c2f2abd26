import Foundation

/// Số liệu tự mâu thuẫn: a figure written with its own fraction that does not give it, as seed 003's
/// "70% (2/3 trường)" (2/3 is 66,67%) or "14,29% (56/292 trẻ)" (56/292 is 19,18%; its text says 56/392).
///
/// The stated figure is the one judged, because it is what the document asserts; the disagreement is shown
/// beside it, with what the fraction would mean for the verdict, and believed neither way.
public enum StatedFigureCheck {
    /// Rounding the documents allow: "15% (112/748 hộ)" is 14,97%.
    static let tolerance: Decimal = 0.5

    public static func check(
        _ observation: Observation, against target: TargetExpression, direction: Indicator.Direction, year: Int
    ) -> String? {
        guard case .number(let stated) = observation.value, let source = observation.source,
            let fraction = fraction(in: source), fraction.denominator != 0
        else { return nil }
        let computed = fraction.numerator / fraction.denominator * 100
        guard abs(computed - stated) > tolerance else { return nil }
        let written = "\(VietnameseNumber.format(fraction.numerator))/\(VietnameseNumber.format(fraction.denominator))"
        var message =
            "Ghi \(VietnameseNumber.formatPercent(stated)) nhưng \(written) = "
            + VietnameseNumber.formatPercent(computed)
        let asStated = CriteriaEvaluator.judge(.number(stated), against: target, direction: direction, year: year)
        let asComputed = CriteriaEvaluator.judge(.number(computed), against: target, direction: direction, year: year)
        let statedMet = asStated.label?.isAchieved == true
        let computedMet = asComputed.label?.isAchieved == true
        if target.referenceValue != nil, statedMet != computedMet {
            message += computedMet ? " (theo tỷ số thì đạt)" : " (theo tỷ số thì chưa đạt)"
        }
        return message
    }

    /// The first "X/Y" in a cell, in Vietnamese number format ("2.619/2.817", "9,3/11,7km").
    static func fraction(in text: String) -> (numerator: Decimal, denominator: Decimal)? {
        let pattern = #/(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)/#
        guard let match = text.firstMatch(of: pattern) else { return nil }
        func number(_ raw: Substring) -> Decimal? {
            var digits = String(raw)
            while let last = digits.last, last == "." || last == "," { digits.removeLast() }
            return try? VietnameseNumber.decimal(digits)
        }
        guard let n = number(match.1), let d = number(match.2) else { return nil }
        return (n, d)
    }
}
