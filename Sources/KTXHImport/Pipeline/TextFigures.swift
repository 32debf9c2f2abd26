import Foundation
import KTXHCore
import KTXHReading

/// Figures a report states in its text and footnotes as "X/Y … đạt Z% KH" ("1.857,4/3.761 tấn đạt 49,39%
/// so với KH", "475/700 lao động, đạt 67,85% KH"), each matched to one of the table's indicators by the
/// words of its clause, with the clause kept as the figure's source.
public struct TextFigure: Hashable, Sendable {
    public var indicator: Indicator
    public var line: Int
    public var clause: String
    public var numerator: Decimal
    public var denominator: Decimal
    public var isEstimate: Bool
    public var cutoff: CalendarDay?
}

public enum TextFigures {
    /// How much of an indicator's wording a clause must contain to be about it.
    static let minimumOverlap = 0.6

    public static func extract(_ text: String, before tableLine: Int?, indicators: [Indicator]) -> [TextFigure] {
        let keys = indicators.map { indicator in
            (indicator, ([indicator.name] + indicator.aliases).map(NameKey.key).filter { $0.count >= 2 })
        }
        var figures: [TextFigure] = []
        for (offset, line) in text.components(separatedBy: "\n").enumerated() {
            let number = offset + 1
            if let tableLine, number >= tableLine { break }
            for clause in clauses(line) {
                guard let pair = ratio(in: clause) else { continue }
                let words = NameKey.key(clause)
                var best: (score: Double, indicator: Indicator)?
                var tie = false
                for (indicator, names) in keys {
                    let score = names.map { Double($0.intersection(words).count) / Double($0.count) }.max() ?? 0
                    if score > (best?.score ?? 0) {
                        best = (score, indicator)
                        tie = false
                    } else if score == best?.score, score > 0 {
                        tie = true
                    }
                }
                guard let best, best.score >= minimumOverlap, !tie else { continue }
                let lowered = clause.lowercased()
                let cutoff = DocumentHeader.firstMatch(#"đến ngày (\d{1,2}/\d{1,2}/\d{4})"#, in: clause).flatMap(CalendarDay.init)
                figures.append(
                    TextFigure(
                        indicator: best.indicator, line: number, clause: clause, numerator: pair.0, denominator: pair.1,
                        isEstimate: lowered.contains("ước") || lowered.contains("dự kiến"), cutoff: cutoff))
            }
        }
        return figures
    }

    /// A sentence cut at ";" and at ". " (a decimal comma never ends a clause), footnote marks removed.
    static func clauses(_ line: String) -> [String] {
        let plain = line.replacingOccurrences(of: #"<sup>\d+</sup>"#, with: "", options: .regularExpression)
        return plain.components(separatedBy: ";").flatMap { $0.components(separatedBy: ". ") }
            .map { TextNormalization.collapseSpaces($0) }.filter { !$0.isEmpty }
    }

    /// The first "X/Y" of Vietnamese numbers in the clause, read by the checker's own figure scanner
    /// (dates and document numbers are not figures).
    static func ratio(in clause: String) -> (Decimal, Decimal)? {
        guard let figure = WrittenFigure.scan(Array(clause)).first(where: { $0.whole != nil }), let whole = figure.whole,
            whole != 0
        else { return nil }
        return (figure.value, whole)
    }
}
