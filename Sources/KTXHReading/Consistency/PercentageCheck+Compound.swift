import Foundation
import KTXHCore

/// "3/6 trường đạt chuẩn quốc gia và 01 trường có … đạt chuẩn quốc gia, đạt 70%": a fraction that a
/// further count of the same thing adds to before the percentage, so the percentage is (X + N)/Y.
extension PercentageCheck {
    static func compoundFindings(_ report: ReportText) -> [Finding] {
        report.passages.flatMap { passage in passage.figures.indices.compactMap { compoundFinding(passage, at: $0) } }
    }

    static func compoundFinding(_ passage: Passage, at index: Int) -> Finding? {
        let figures = passage.figures
        guard index + 2 < figures.count, let whole = figures[index].whole, whole != 0 else { return nil }
        let fraction = figures[index]
        let count = figures[index + 1]
        let percent = figures[index + 2]
        guard count.whole == nil, !count.isPercent, count.decimals == 0, percent.isPercent else { return nil }
        let between = passage.between(fraction.range.upperBound, count.range.lowerBound)
        guard between.count <= 80, between.hasSuffix(" và ") || between.trimmed.hasSuffix(" và"),
            !between.contains(";"), !between.contains("(")
        else { return nil }
        // The count must be of the same thing the fraction counts ("trường" … "01 trường").
        let noun = firstWord(passage.between(fraction.range.upperBound, fraction.range.upperBound + 20))
        let countNoun = firstWord(passage.between(count.range.upperBound, count.range.upperBound + 20))
        guard !noun.isEmpty, noun == countNoun else { return nil }
        let link = passage.between(count.range.upperBound, percent.range.lowerBound)
        guard link.count <= 120, isConnecting(String(link.suffix(30))) else { return nil }
        let computed = (fraction.value + count.value) / whole * 100
        guard !Rounding.matches(stated: percent.value, decimals: percent.decimals, computed: computed) else { return nil }
        let span = fraction.range.lowerBound..<percent.range.upperBound
        return Finding(
            kind: .percentage,
            message:
                "«\(fraction.text) … và \(count.text) \(noun)» là \(Rounding.percent(computed)), không phải \(percent.text) như văn bản ghi.",
            locations: [passage.location(span)],
            values: ["\(fraction.text) + \(count.text)", percent.text, Rounding.percent(computed)])
    }

    private static func firstWord(_ text: String) -> String {
        text.trimmed.split(separator: " ").first.map { $0.lowercased().filter(\.isLetter) } ?? ""
    }
}
