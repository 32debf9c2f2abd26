import Foundation
import KTXHCore

/// Số liệu trình bày: a figure as a report prints it, with the number behind it when there is one.
///
/// The table's cells, the HTML view and the narrative all print `text`; the spreadsheet stores `number` and
/// shows it through a format built from the same digits, so no two of them can disagree.
public struct Figure: Hashable, Sendable {
    /// As printed: `1.889`, `51,05%`, `>4.000`, `Ước 86,6`.
    public var text: String
    /// The number shown, already rounded as printed (51.05 for `51,05%`); nil for a figure that is words.
    public var number: Decimal?
    public var fractionDigits: Int
    /// Written `02`, not `2`.
    public var leadingZero: Bool
    /// `number` is a percentage: 51.05 means 51,05%.
    public var isPercent: Bool
    /// Words before the number: `Ước ` for an estimate.
    public var prefix: String

    public init(
        text: String, number: Decimal? = nil, fractionDigits: Int = 0, leadingZero: Bool = false,
        isPercent: Bool = false, prefix: String = ""
    ) {
        self.text = text
        self.number = number
        self.fractionDigits = fractionDigits
        self.leadingZero = leadingZero
        self.isPercent = isPercent
        self.prefix = prefix
    }

    /// Words only.
    public static func words(_ text: String) -> Figure { Figure(text: text) }

    /// A number written with exactly the digits it has (at most four after the comma).
    public static func number(_ value: Decimal, leadingZero: Bool = false, prefix: String = "") -> Figure {
        let text = VietnameseNumber.format(value, leadingZero: leadingZero)
        let digits = text.split(separator: ",").dropFirst().first?.count ?? 0
        let shown = (try? VietnameseNumber.decimal(text)) ?? value
        return Figure(
            text: prefix + text, number: shown, fractionDigits: digits, leadingZero: leadingZero, prefix: prefix)
    }

    /// A percentage rounded to two places, trailing zeros dropped, as the seeds write them: `51,05%`, `100%`.
    public static func percent(_ value: Decimal) -> Figure {
        let text = VietnameseNumber.formatPercent(value)
        let digits = text.dropLast().split(separator: ",").dropFirst().first?.count ?? 0
        let shown = (try? VietnameseNumber.decimal(String(text.dropLast()))) ?? value
        return Figure(text: text, number: shown, fractionDigits: digits, isPercent: true)
    }

    /// A target as the plan writes it. A plain figure ("317", "3.700", "02") is kept as a number too, when
    /// writing the number back gives the very same text; anything else (">4.000", "Giảm 03 tiêu chí") stays
    /// words, exactly as written.
    public static func target(_ target: Target) -> Figure {
        guard case .value = target.expression.kind, let parsed = try? VietnameseNumber.parse(target.text),
            !parsed.isPercent, parsed.formatted == target.text
        else { return .words(target.text) }
        return Figure(
            text: target.text, number: parsed.value, fractionDigits: parsed.fractionDigits,
            leadingZero: parsed.hasLeadingZero)
    }

    /// An observed value of an indicator, as the table shows it: a number as the seeds write it, a ratio as
    /// its rate (seed 001 row 36 prints 100 for 76/76), yes/no and text as words.
    public static func observed(_ observation: Observation, indicator: Indicator) -> Figure {
        let prefix = observation.kind == .estimate ? "Ước " : ""
        switch observation.value {
        case .number(let value):
            return .number(value, leadingZero: indicator.writesLeadingZero(value), prefix: prefix)
        case .ratio:
            guard let rate = observation.value.number else { return .words(prefix + "—") }
            return .number(rate.rounded(2), prefix: prefix)
        case .yesNo(let yes):
            return .words(prefix + (yes ? "Đạt" : "Không đạt"))
        case .text(let text):
            return .words(prefix + text)
        }
    }
}
