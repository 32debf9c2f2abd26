import Foundation
import KTXHImport
import KTXHReading

/// One expected target: where it is, and what a planning officer reads in it.
struct ResolutionCase: CustomStringConvertible, Sendable {
    var line: Int
    var number: String?
    var indicator: String
    var expression: String
    var comparator: String
    var value: Decimal?
    var valueMax: Decimal?
    var change: String?
    var unit: String?

    var description: String { "line \(line) \(number ?? "-") «\(indicator)» «\(expression)»" }

    func mismatches(_ target: ExtractedTarget) -> [String] {
        var result: [String] = []
        func compare<T: Equatable>(_ field: String, _ expected: T, _ actual: T) {
            if expected != actual { result.append("\(field): expected \(expected), got \(actual)") }
        }
        compare("line", line, target.line)
        compare("number", number, target.number)
        compare("indicator", indicator, target.indicator)
        compare("expression", expression, target.expression)
        compare("comparator", comparator, target.comparator)
        compare("value", value, target.value)
        compare("valueMax", valueMax, target.valueMax)
        compare("change", change, target.change?.rawValue)
        compare("unit", unit, target.unit)
        return result
    }
}

enum ResolutionCases {
    typealias Case = ResolutionCase

    static func t(
        _ line: Int, _ number: String?, _ indicator: String, _ expression: String, _ comparator: String, _ value: String?,
        _ valueMax: String?, _ change: String?, _ unit: String?
    ) -> Case {
        Case(
            line: line, number: number, indicator: indicator, expression: expression, comparator: comparator,
            value: value.flatMap { Decimal(string: $0) }, valueMax: valueMax.flatMap { Decimal(string: $0) },
            change: change, unit: unit)
    }

    /// The style fixtures by file name.
    static let styles: [(file: String, cases: [Case])] = [
        ("bullets-under-headings", bulletsUnderHeadings), ("indicator-colon-value", indicatorColonValue),
        ("news-article", newsArticle), ("no-article", noArticle), ("one-long-sentence", oneLongSentence),
        ("preamble-dates", preambleDates), ("value-before-name", valueBeforeName),
    ]
}
