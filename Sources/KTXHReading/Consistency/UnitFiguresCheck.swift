import Foundation
import KTXHCore

/// Chữ và biểu theo từng xã: a unit's figure in the text against the same unit's cell of the criteria
/// table's latest year (seed 003: Dương Quang's village culture 77,8% in the text, 80% in the table;
/// Nông Thượng's 56/392 children, 56/292 in the table). Like is compared with like: a fraction with a
/// fraction, a rate with a rate, a count with a count of the same thing.
package enum UnitFiguresCheck {
    /// How much of a row's wording the words before a breakdown must contain to be about that row.
    static let minimumOverlap = 0.6

    static func findings(_ report: ReportText) -> [Finding] {
        var findings: [Finding] = []
        for table in CriteriaTable.tables(report) {
            guard let block = table.latest else { continue }
            let rows = table.rows.filter { $0.results.indices.contains(block) }
            for line in report.prose {
                let passage = Passage(line: line.number, text: line.text)
                for breakdown in UnitBreakdown.find(in: passage, units: table.units) {
                    guard let row = bestRow(rows, for: breakdown.context) else { continue }
                    for share in breakdown.shares {
                        let cell = row.results[block].cells[share.unit]
                        let cellFigures = Passage(line: row.line, text: cell).figures
                        guard let (written, tabled) = disagreement(share.figures, cellFigures, cell: cell, text: passage)
                        else { continue }
                        findings.append(
                            Finding(
                                kind: .textTable,
                                message: "«\(row.name)», \(table.units[share.unit]): phần chữ ghi \(written), "
                                    + "biểu ghi \(tabled).",
                                locations: [
                                    passage.location(share.span),
                                    Finding.Location(line: row.line, text: "\(row.code) \(row.name)\t\(cell)"),
                                ],
                                values: [written, tabled]))
                    }
                }
            }
        }
        return findings
    }

    /// The row whose words the context holds best, if it holds enough of them and no other row ties.
    static func bestRow(_ rows: [CriteriaTable.Row], for context: String) -> CriteriaTable.Row? {
        let words = IndicatorWords.of(context)
        let scored = rows.map { row -> (CriteriaTable.Row, Double) in
            let own = IndicatorWords.of(row.name)
            let score = own.intersection(words).count >= 2 ? IndicatorWords.overlap(own, words) : 0
            return (row, score)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= minimumOverlap,
            scored.filter({ $0.1 == best.1 }).count == 1
        else { return nil }
        return best.0
    }

    /// The two figures, as written, when the text and the cell state the same measure differently.
    static func disagreement(_ text: [WrittenFigure], _ cell: [WrittenFigure], cell cellText: String, text passage: Passage)
        -> (String, String)?
    {
        // A cell that states two measures ("100% nước HVS; 55,95% nước sạch") cannot say which the text means.
        let fractions = cell.filter { $0.whole != nil }
        let rates = cell.filter(\.isPercent)
        guard fractions.count <= 1, rates.count <= 1 else { return nil }
        if let a = text.first(where: { $0.whole != nil }), let b = fractions.first {
            // One part equal and the other not: the same count written twice. Both different: another count.
            let sameValue = a.value == b.value
            let sameWhole = a.whole == b.whole
            return sameValue != sameWhole ? (a.text, b.text) : nil
        }
        if let a = text.first(where: \.isPercent), let b = rates.first {
            return StatedFigures.agree(a, b) ? nil : (a.text, b.text)
        }
        let counts = cell.filter { !$0.isPercent && $0.whole == nil }
        guard counts.count == 1, let b = counts.first else { return nil }
        let cellPassage = Passage(line: 0, text: cellText)
        let unit = PartsSumCheck.firstWord(after: b, in: cellPassage)
        guard !unit.isEmpty,
            let a = text.first(where: {
                !$0.isPercent && $0.whole == nil && PartsSumCheck.firstWord(after: $0, in: passage) == unit
            })
        else { return nil }
        return a.value == b.value ? nil : (a.text, b.text)
    }
}

/// Two figures written by two people for the same thing.
package enum StatedFigures {
    /// They agree when they differ by at most one unit in the last digit of the coarser one, trailing
    /// zeros not counted ("93,30%" is 93,3% padded by a spreadsheet's format): 14,28% and 14,29% are
    /// the same 56/392 cut and rounded; 77,8% and 80% are not the same rate.
    static func agree(_ a: WrittenFigure, _ b: WrittenFigure) -> Bool {
        let places = min(significantDecimals(a), significantDecimals(b))
        var unit = Decimal(1)
        for _ in 0..<places { unit /= 10 }
        let difference = a.value - b.value
        return (difference < 0 ? -difference : difference) <= unit
    }

    static func significantDecimals(_ figure: WrittenFigure) -> Int {
        let digits = figure.text.split(separator: ",").dropFirst().first?.prefix { $0.isNumber } ?? ""
        return digits.reversed().drop { $0 == "0" }.count
    }
}
