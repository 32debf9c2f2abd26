import Foundation
import KTXHCore

/// Hai cách viết một chỉ tiêu: whether two wordings of one target accept the same figures. The engine
/// judges each at every figure either names and just either side of it, so "75% trở lên" and "75"
/// agree (both met from 75 up) and "từ 90% trở lên" and ">90" do not (90 meets one, not the other).
package enum TargetAgreement {
    /// A figure the two targets judge differently, with the verdicts; nil when they agree or when one
    /// of them has no figure to judge (a text, a change without its size).
    static func disagreement(_ a: TargetExpression, _ b: TargetExpression, direction: Indicator.Direction)
        -> (value: Decimal, a: Bool, b: Bool)?
    {
        guard let first = points(a), let second = points(b), units(a, b) else { return nil }
        let step = Decimal(string: "0.001") ?? 0
        for point in Set(first + second).sorted() {
            for value in [point - step, point, point + step] {
                guard let x = Judgement.meets(value, a, direction: direction),
                    let y = Judgement.meets(value, b, direction: direction)
                else { continue }
                if x != y { return (value, x, y) }
            }
        }
        return nil
    }

    /// The figures a target names: its value, bound, or the ends of its range.
    static func points(_ target: TargetExpression) -> [Decimal]? {
        switch target.kind {
        case .value(let v), .bound(_, let v), .maintain(let v), .unitCount(let v, _): [v]
        case .range(let low, let high): [low, high]
        case .change, .yesNo, .text: nil
        }
    }

    /// A rate and an amount are not two wordings of one target.
    static func units(_ a: TargetExpression, _ b: TargetExpression) -> Bool {
        guard let x = a.unit, let y = b.unit else { return true }
        return (x == "%") == (y == "%")
    }
}
