import Foundation

/// Biểu thức chỉ tiêu: what a target asks for, as a value the evaluation engine can judge.
///
/// The original wording is always kept beside it (`Target.text`); an expression that cannot be
/// understood becomes `.text` and is judged by a person, never dropped.
public struct TargetExpression: Hashable, Sendable, Codable {
    public var kind: Kind
    /// The unit as written after the figure ("%", "tỷ đồng", "thôn", "bậc"), if any.
    public var unit: String?

    public init(_ kind: Kind, unit: String? = nil) {
        self.kind = kind
        self.unit = unit
    }

    public indirect enum Kind: Hashable, Sendable, Codable {
        /// A plain figure: "3.706", "02", "65,5". Passing it is `Vượt`, meeting it exactly is `Đạt`.
        case value(Decimal)
        /// A bound: "≥4.000", "trên 97%", "dưới 1,8 %", "từ 93% trở lên", "không quá 5", "tối thiểu 80".
        case bound(Comparison, Decimal)
        /// A range: "02 - 2,5%", "từ 45 đến 48 triệu đồng".
        case range(Decimal, Decimal)
        /// A change against the previous year or the same period: "tăng 11%", "Giảm ≥ 05%",
        /// "Tăng 01 bậc", "Giảm 03 tiêu chí so với cùng kỳ", or a bare "giảm" (`amount == nil`).
        case change(ChangeDirection, amount: Amount?)
        /// "Duy trì 100%": keep a level already reached.
        case maintain(Decimal)
        /// "Đạt" / "Không": a yes/no target.
        case yesNo(Bool)
        /// "52/52 thôn", "6/6 phường, xã": a count of units out of a whole.
        case unitCount(Decimal, of: Decimal)
        /// Anything not understood, kept as written for a person to judge.
        case text(String)
    }

    /// The size of a change target, itself a plain figure or a bound ("≥ 05%").
    public struct Amount: Hashable, Sendable, Codable {
        public var comparison: Comparison?
        public var value: Decimal
        /// True when the amount is a percentage of the previous value ("tăng 11%"),
        /// false when it is absolute ("tăng 01 bậc", "giảm 03 tiêu chí").
        public var isRelative: Bool

        public init(_ value: Decimal, comparison: Comparison? = nil, isRelative: Bool) {
            self.value = value
            self.comparison = comparison
            self.isRelative = isRelative
        }
    }
}

/// So sánh: the comparison a bound asks for.
public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
    case greaterOrEqual = "≥"
    case greater = ">"
    case lessOrEqual = "≤"
    case less = "<"

    public func holds(_ lhs: Decimal, _ rhs: Decimal) -> Bool {
        switch self {
        case .greaterOrEqual: lhs >= rhs
        case .greater: lhs > rhs
        case .lessOrEqual: lhs <= rhs
        case .less: lhs < rhs
        }
    }
}

/// Tăng / giảm.
public enum ChangeDirection: String, Hashable, Sendable, Codable {
    case increase
    case decrease
}

extension TargetExpression {
    /// The figure "% KH" divides by: the value, the bound, the lower end of a range, the count asked for.
    public var referenceValue: Decimal? {
        switch kind {
        case .value(let v), .bound(_, let v), .maintain(let v): v
        case .range(let low, _): low
        case .unitCount(let n, _): n
        case .change, .yesNo, .text: nil
        }
    }
}
