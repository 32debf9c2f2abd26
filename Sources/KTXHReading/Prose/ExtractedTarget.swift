import Foundation
import KTXHCore

/// Chỉ tiêu trích từ văn bản: one target as a resolution's prose states it, with where it stands.
public struct ExtractedTarget: Hashable, Sendable {
    /// The item's number as written ("2.1", "(3)", "a"), nil for a bullet or a plain sentence.
    public var number: String?
    /// The indicator's name as written, without the target.
    public var indicator: String
    /// The target as written: "đạt 346 tỷ đồng", "giảm còn dưới 1,8 %", "52/52 thôn".
    public var expression: String
    /// What the engine understands of it.
    public var target: TargetExpression
    /// Tăng / giảm when the figure is a change against the previous year or the start of the year,
    /// whether the target says so ("tăng 11%") or the name does ("Số xã … tăng thêm: 12 xã").
    public var change: ChangeDirection?
    /// The heading of the list the target is in ("Các chỉ tiêu chủ yếu", "Về kinh tế").
    public var section: String?
    /// For a sub-target ("…, trong đó: công nghiệp tăng trưởng 16%"), the indicator it belongs to.
    public var group: String?
    /// 1-based line of the document where the target's phrase starts.
    public var line: Int
    /// The sentence the target was read from.
    public var sentence: String

    public init(
        number: String?, indicator: String, expression: String, target: TargetExpression, change: ChangeDirection?,
        section: String? = nil, group: String? = nil, line: Int, sentence: String
    ) {
        self.number = number
        self.indicator = indicator
        self.expression = expression
        self.target = target
        self.change = change
        self.section = section
        self.group = group
        self.line = line
        self.sentence = sentence
    }
}

extension ExtractedTarget {
    /// So sánh: `=`, `≥`, `>`, `≤`, `<`, `range`, or `text` when there is no figure to compare.
    /// For a change it is the comparison of its amount ("Giảm ≥ 05%" is `≥`).
    public var comparator: String {
        switch target.kind {
        case .value, .maintain, .unitCount: "="
        case .bound(let comparison, _): comparison.rawValue
        case .range: "range"
        case .change(_, let amount?): amount.comparison?.rawValue ?? "="
        case .change(_, nil), .yesNo, .text: "text"
        }
    }

    /// The figure, or the lower end of a range; nil for a target without a figure.
    public var value: Decimal? {
        switch target.kind {
        case .value(let v), .maintain(let v), .bound(_, let v), .range(let v, _), .unitCount(let v, _): v
        case .change(_, let amount): amount?.value
        case .yesNo, .text: nil
        }
    }

    /// The upper end of a range.
    public var valueMax: Decimal? {
        if case .range(_, let high) = target.kind { return high }
        return nil
    }

    /// The whole a count of units is out of ("52/52 thôn" → 52).
    public var whole: Decimal? {
        if case .unitCount(_, let whole) = target.kind { return whole }
        return nil
    }

    /// The unit as written after the figure.
    public var unit: String? { target.unit }
}
