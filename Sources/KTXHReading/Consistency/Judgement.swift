import Foundation
import KTXHCore

/// Đạt hay không: whether a figure meets a target, asked of the evaluation engine, so that the checker
/// never decides what "Đạt" means on its own.
package enum Judgement {
    /// True when the engine labels `value` Đạt or Vượt against `target` in a closed year, false when it
    /// labels it short, nil when it cannot judge (a text target, a change without the previous figure).
    static func meets(_ value: Decimal, _ target: TargetExpression, direction: Indicator.Direction) -> Bool? {
        // Any closed year will do: the figure is final, so a shortfall is "Không đạt", not "Chưa đạt".
        let input = EvaluationInput(
            target: target, actual: .number(value), period: .year(2000), term: .year(2000), direction: direction)
        guard let label = Evaluator.evaluate(input).label else { return nil }
        if label.isAchieved { return true }
        return label.isShortfall ? false : nil
    }
}
