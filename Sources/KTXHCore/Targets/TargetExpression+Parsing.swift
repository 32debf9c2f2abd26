import Foundation

extension TargetExpression {
    /// Reads a target as the documents write it: "≥4.000", "02 - 2,5%", "Tăng 01 bậc",
    /// "trên 70 triệu đồng/người/năm", "52/52 thôn", "Đạt".
    ///
    /// Never fails: a text that is not understood whole becomes `.text` with the original wording,
    /// because a half-understood target judged by the machine is worse than one judged by a person.
    ///
    /// - Parameter unit: the unit column (ĐVT) of the table the text came from; used only when
    ///   the text itself names no unit.
    public static func parse(_ text: String, unit: String? = nil) -> TargetExpression {
        var parser = TargetExpressionParser(text, columnUnit: unit)
        return parser.parse().expression
    }

    /// Like `parse(_:unit:)` for a target whose direction lives in the indicator's name rather
    /// than in the text: "Giảm số vụ phạm tội: ≥ 05%" is a decrease of at least 5%. A plain figure
    /// or a bound becomes the amount of the change (relative when the text carries "%"); any other
    /// form, including a text that already says tăng or giảm, is returned as `parse` reads it.
    public static func parse(_ text: String, unit: String? = nil, asChange direction: ChangeDirection) -> TargetExpression {
        var parser = TargetExpressionParser(text, columnUnit: unit)
        let outcome = parser.parse()
        let expression = outcome.expression
        switch expression.kind {
        case .value(let value):
            let amount = Amount(value, isRelative: outcome.textHasPercent)
            return TargetExpression(.change(direction, amount: amount), unit: expression.unit)
        case .bound(let comparison, let value):
            let amount = Amount(value, comparison: comparison, isRelative: outcome.textHasPercent)
            return TargetExpression(.change(direction, amount: amount), unit: expression.unit)
        default:
            return expression
        }
    }
}

/// A hand-written scanner rather than regular expressions: the wording varies by author, and each
/// rule here needs to say why a word may or may not sit next to a figure.
struct TargetExpressionParser {
    struct Outcome {
        var expression: TargetExpression
        var textHasPercent: Bool
    }

    struct Unparsable: Error {}

    private struct Level {
        var kind: TargetExpression.Kind
        var unit: String?
        var isPercent: Bool
    }

    let original: String
    let columnUnit: String?
    /// NFC, every run of whitespace (NBSP included) one space, closing punctuation dropped.
    let text: [Character]
    /// `text` lowered one character at a time, so that positions in both agree and a unit can be
    /// copied from `text` as written.
    let lower: [Character]
    var position = 0

    init(_ raw: String, columnUnit: String?) {
        original = Self.trimmed(raw)
        let unit = Self.trimmed(columnUnit ?? "").precomposedStringWithCanonicalMapping
        self.columnUnit = unit.isEmpty ? nil : unit

        var chars: [Character] = []
        for c in original.precomposedStringWithCanonicalMapping {
            if c.isWhitespace {
                if chars.last != " " { chars.append(" ") }
            } else {
                chars.append(c)
            }
        }
        while let last = chars.last, last == " " || last == "." || last == ";" || last == ":" {
            chars.removeLast()
        }
        text = chars
        lower = chars.map { c in
            let lowered = String(c).lowercased()
            return lowered.count == 1 ? (lowered.first ?? c) : c
        }
    }

    mutating func parse() -> Outcome {
        do {
            let level = try parseExpression()
            return Outcome(
                expression: TargetExpression(level.kind, unit: level.unit ?? columnUnit),
                textHasPercent: level.isPercent)
        } catch {
            return Outcome(expression: TargetExpression(.text(original), unit: columnUnit), textHasPercent: false)
        }
    }

    // MARK: Grammar

    private mutating func parseExpression() throws(Unparsable) -> Level {
        switch String(lower) {
        case "đạt", "có": return Level(kind: .yesNo(true), unit: nil, isPercent: false)
        case "không", "không đạt": return Level(kind: .yesNo(false), unit: nil, isPercent: false)
        case "": throw Unparsable()
        default: break
        }

        // "đạt 346 tỷ đồng": the verb adds nothing to the figure, nor does "khoảng" (about) or "gần" (nearly) to a
        // plan's figure: "tỷ lệ đô thị hóa khoảng 27%" is judged against 27.
        _ = consume("đạt")
        _ = consume("khoảng") || consume("ở mức") || consumeBeforeNumber("gần")

        if consume("duy trì") {
            _ = consume("ở mức") || consume("mức")
            _ = consume("đạt")
            let level = try parseLevel()
            try expectEnd()
            switch level.kind {
            case .value(let value): return Level(kind: .maintain(value), unit: level.unit, isPercent: level.isPercent)
            // "duy trì trên 99%" asks for nothing a bound does not already ask for.
            case .bound: return level
            default: throw Unparsable()
            }
        }

        let direction: ChangeDirection
        if consume("tăng") {
            direction = .increase
        } else if consume("giảm") {
            direction = .decrease
        } else {
            let level = try parseLevel()
            try expectEnd()
            return level
        }

        // "giảm còn 1,63%" names the level to reach, not the size of the fall.
        if direction == .decrease, consume("xuống còn") || consume("còn") {
            let level = try parseLevel()
            try expectEnd()
            return level
        }
        // "tăng thêm 12 xã" is a change; "tăng lên 5%" may name the level to reach or the size of
        // the rise, so it is left to a person.
        if direction == .increase { _ = consume("thêm") }
        _ = consume("cả")
        // "tăng bình quân (hàng năm) 8%": a yearly average over a term.
        if consume("bình quân") { _ = consume("hàng năm") || consume("hằng năm") || consume("mỗi năm") }
        _ = consume("khoảng") || consumeBeforeNumber("gần")

        var amount: TargetExpression.Amount?
        var unit: String?
        var isPercent = false
        let beforeAmount = position
        if let level = try? parseLevel() {
            switch level.kind {
            case .value(let value): amount = .init(value, isRelative: level.isPercent)
            case .bound(let comparison, let value): amount = .init(value, comparison: comparison, isRelative: level.isPercent)
            // An amount cannot be a range or a count of units: leave those to a person.
            default: throw Unparsable()
            }
            unit = level.unit
            isPercent = level.isPercent
        } else {
            position = beforeAmount
        }
        try skipComparisonBase()
        try expectEnd()
        return Level(kind: .change(direction, amount: amount), unit: unit, isPercent: isPercent)
    }

    /// A figure with what may surround it: a comparison before, a unit or "%" after, "trở lên"
    /// after that, or a second figure making a range.
    private mutating func parseLevel() throws(Unparsable) -> Level {
        var comparison = try prefixComparison()
        let startsWithFrom = comparison == nil && consumeBeforeNumber("từ")
        guard let first = try scanNumber() else { throw Unparsable() }

        if comparison == nil, !startsWithFrom, !first.isPercent, consume("/") {
            guard let whole = try scanNumber(), !whole.isPercent else { throw Unparsable() }
            return Level(kind: .unitCount(first.value, of: whole.value), unit: try scanUnit(), isPercent: false)
        }

        var isPercent = first.isPercent
        var unit = try isPercent ? "%" : scanUnit()

        if comparison == nil, consumeRangeSeparator() {
            guard let second = try scanNumber() else { throw Unparsable() }
            let secondUnit = try second.isPercent ? "%" : scanUnit()
            isPercent = isPercent || second.isPercent
            if let unit, let secondUnit, unit != secondUnit { throw Unparsable() }
            unit = secondUnit ?? unit
            guard first.value <= second.value else { throw Unparsable() }
            return Level(kind: .range(first.value, second.value), unit: unit, isPercent: isPercent)
        }

        if consume("trở lên") {
            guard comparison == nil || comparison == .greaterOrEqual || comparison == .greater else { throw Unparsable() }
            comparison = comparison ?? .greaterOrEqual
            // "từ 10 đảng viên trở lên/năm": every year.
            _ = consume("/năm") || consume("/ năm") || consume("mỗi năm") || consume("hằng năm") || consume("hàng năm")
        } else if consume("trở xuống") {
            guard comparison == nil || comparison == .lessOrEqual || comparison == .less else { throw Unparsable() }
            comparison = comparison ?? .lessOrEqual
        } else if startsWithFrom {
            comparison = .greaterOrEqual
        }

        if let comparison {
            return Level(kind: .bound(comparison, first.value), unit: unit, isPercent: isPercent)
        }
        return Level(kind: .value(first.value), unit: unit, isPercent: isPercent)
    }
}
