import Foundation

/// Công cụ đánh giá: the one place that decides what a figure means against its target.
///
/// Plans, criteria sets, roll-ups, pages and documents all call `Evaluator.evaluate`; the rules are
/// documented in docs/evaluation.md and each has a test written from a seed row.
public enum Evaluator {
    public static func evaluate(_ input: EvaluationInput) -> Evaluation {
        let actual = input.actual?.number
        let percentOfPlan = ratio(actual, input.target.referenceValue, when: !input.target.isChange)
        let percentOfPrevious = ratio(actual, input.previous, when: true)
        var result = judge(input, actual: actual)
        result.percentOfPlan = percentOfPlan
        result.percentOfPrevious = percentOfPrevious
        if let (pace, expected, ratio) = pace(input, actual: actual) {
            result.pace = pace
            result.expectedToDate = expected
            result.ratioToExpected = ratio
        }
        if input.role == .reference { result.label = nil }
        return result
    }

    private static func ratio(_ part: Decimal?, _ whole: Decimal?, when allowed: Bool) -> Decimal? {
        guard allowed, let part, let whole, whole != 0 else { return nil }
        return part / whole * 100
    }

    private static func judge(_ input: EvaluationInput, actual: Decimal?) -> Evaluation {
        let open = !input.termIsClosed
        let shortfall: EvaluationLabel = open ? .notYetMet : .notMet
        let noBasis: EvaluationLabel = open ? .judgeAtYearEnd : .insufficientData
        let target = input.target

        guard let value = input.actual else {
            return Evaluation(label: noBasis, reason: open ? "Chưa có số liệu" : "Hết kỳ nhưng không có số liệu")
        }
        if input.judgedAtYearEnd && open {
            return Evaluation(label: .judgeAtYearEnd, reason: "Chỉ tiêu chỉ đánh giá khi kết thúc năm")
        }
        if case .text = target.kind {
            return Evaluation(label: input.manualLabel ?? noBasis, reason: "Chỉ tiêu định tính, do người đánh giá")
        }
        if case .yesNo(let wanted) = target.kind {
            guard case .yesNo(let got) = value else {
                return Evaluation(label: input.manualLabel ?? noBasis, reason: "Số liệu không ở dạng Đạt/Không")
            }
            return Evaluation(label: got == wanted ? .met : shortfall, reason: got ? "Đạt" : "Không đạt")
        }
        guard let actual else {
            return Evaluation(label: input.manualLabel ?? noBasis, reason: "Số liệu không phải con số")
        }
        let better = betterComparator(input.direction)
        let a = VietnameseNumber.format(actual)
        switch target.kind {
        case .value(let wanted), .unitCount(let wanted, _):
            let w = VietnameseNumber.format(wanted)
            if actual == wanted { return Evaluation(label: .met, reason: "\(a) = \(w)") }
            if better(actual, wanted) { return Evaluation(label: .exceeded, reason: "\(a) vượt \(w)") }
            return Evaluation(label: shortfall, reason: "\(a) chưa đạt \(w)")
        case .bound(let comparison, let bound):
            let text = "\(a) \(comparison.rawValue) \(VietnameseNumber.format(bound))"
            return comparison.holds(actual, bound)
                ? Evaluation(label: .met, reason: text)
                : Evaluation(label: shortfall, reason: "Không thỏa \(text)")
        case .range(let low, let high):
            let span = "\(VietnameseNumber.format(low)) - \(VietnameseNumber.format(high))"
            if actual >= low && actual <= high { return Evaluation(label: .met, reason: "\(a) trong khoảng \(span)") }
            let beyondGoodSide = input.direction == .down ? actual < low : (input.direction == .up && actual > high)
            return beyondGoodSide
                ? Evaluation(label: .exceeded, reason: "\(a) vượt khoảng \(span)")
                : Evaluation(label: shortfall, reason: "\(a) ngoài khoảng \(span)")
        case .maintain(let level):
            let kept = input.direction == .down ? actual <= level : (input.direction == .up ? actual >= level : actual == level)
            return Evaluation(
                label: kept ? .met : shortfall, reason: "Duy trì \(VietnameseNumber.format(level)): \(a)")
        case .change(let direction, let amount):
            return judgeChange(
                input, actual: actual, direction: direction, amount: amount, shortfall: shortfall,
                noBasis: noBasis)
        case .yesNo, .text:
            return Evaluation(label: noBasis, reason: "")
        }
    }

    private static func judgeChange(
        _ input: EvaluationInput, actual: Decimal, direction: ChangeDirection, amount: TargetExpression.Amount?,
        shortfall: EvaluationLabel, noBasis: EvaluationLabel
    ) -> Evaluation {
        guard let previous = input.previous else {
            return Evaluation(label: input.manualLabel ?? noBasis, reason: "Chưa có số liệu cùng kỳ để so sánh")
        }
        // A rank rises when its number falls: "tăng 01 bậc" is previous − actual = 1.
        let rising = input.isRank ? previous - actual : actual - previous
        let signed = direction == .increase ? rising : -rising
        guard let amount else {
            return signed > 0
                ? Evaluation(label: .rightDirection, reason: "Đúng chiều so với cùng kỳ")
                : Evaluation(label: shortfall, reason: "Không đúng chiều so với cùng kỳ")
        }
        guard !amount.isRelative || previous != 0 else {
            return Evaluation(label: input.manualLabel ?? noBasis, reason: "Số liệu cùng kỳ bằng 0")
        }
        let change = amount.isRelative ? signed / previous * 100 : signed
        let c = VietnameseNumber.format(change, fractionDigits: 2)
        let w = VietnameseNumber.format(amount.value) + (amount.isRelative ? "%" : "")
        if let comparison = amount.comparison {
            return comparison.holds(change, amount.value)
                ? Evaluation(label: .met, reason: "Thay đổi \(c) \(comparison.rawValue) \(w)")
                : Evaluation(label: shortfall, reason: "Thay đổi \(c) chưa \(comparison.rawValue) \(w)")
        }
        if change == amount.value { return Evaluation(label: .met, reason: "Thay đổi \(c) = \(w)") }
        return change > amount.value
            ? Evaluation(label: .exceeded, reason: "Thay đổi \(c) vượt \(w)")
            : Evaluation(label: shortfall, reason: "Thay đổi \(c) chưa đạt \(w)")
    }

    private static func betterComparator(_ direction: Indicator.Direction) -> (Decimal, Decimal) -> Bool {
        switch direction {
        case .up: { $0 > $1 }
        case .down: { $0 < $1 }
        case .none: { _, _ in false }
        }
    }

    /// Tiến độ before the year ends (docs/evaluation.md, "Pace and projection"): a cumulative figure against what it
    /// was expected to have reached by the cut-off (past years' pace, else the share of the year elapsed); a stock or
    /// a rate by the progress made from last year's level against the progress expected, given by the caller.
    private static func pace(_ input: EvaluationInput, actual: Decimal?) -> (Pace, Decimal?, Decimal?)? {
        guard !input.termIsClosed, input.term.kind == .year, input.period.year == input.term.year,
            input.period.months.upperBound < 12, input.direction != .none, input.role == .binding,
            let actual, let reference = input.target.referenceValue, !input.target.isChange
        else { return nil }
        switch input.accumulation {
        case .cumulative:
            guard input.direction == .up, ExpectedPace.isYearToDate(input.period),
                !(input.isCount && reference < ExpectedPace.fewestEvents)
            else { return nil }
            let expected =
                input.expected ?? ExpectedPace(toDate: reference * input.period.shareOfYear, shares: [], basis: .linear)
            if expected.basis == .unknown { return (.insufficientData, nil, nil) }
            guard expected.toDate > 0 else { return nil }
            let ratio = actual / expected.toDate
            return (Pace(ratio: ratio), expected.toDate, ratio)
        case .stock:
            guard let expected = input.expected else { return nil }
            guard case .path(let from) = expected.basis else { return (.insufficientData, nil, nil) }
            let expectedProgress = expected.toDate - from
            // "Duy trì": the target is last year's level, so any shortfall of it is behind.
            guard expectedProgress != 0 else {
                return (betterComparator(input.direction)(reference, actual) ? .behindPace : .onPace, expected.toDate, nil)
            }
            let ratio = (actual - from) / expectedProgress
            return (Pace(ratio: ratio), expected.toDate, ratio)
        }
    }
}

extension TargetExpression {
    var isChange: Bool {
        if case .change = kind { return true }
        return false
    }
}
