import Foundation
import KTXHCore

/// Chữ và biểu: a figure the text states for an indicator against the same indicator's row of the
/// report's table. "Tạo việc làm cho 475/700 lao động" is that row's value over its plan: when one of
/// the two agrees with the row and the other does not, the text and the table contradict each other.
/// "Chỉ tiêu giao trồng rừng năm 2024 là 140 ha" states the plan itself.
package enum TextTableCheck {
    static func findings(_ report: ReportText) -> [Finding] {
        let rows = ProgressTableRows.countRows(report)
        guard !rows.isEmpty else { return [] }
        var findings: [Finding] = []
        for line in report.prose {
            let passage = Passage(line: line.number, text: line.text)
            var start = 0
            for end in passage.chars.indices.filter({ passage.chars[$0] == ";" }) + [passage.chars.count] {
                findings += fractionFindings(passage, segment: start..<end, rows: rows)
                findings += planFindings(passage, segment: start..<end, rows: rows)
                start = end + 1
            }
        }
        return findings
    }

    static func fractionFindings(_ passage: Passage, segment: Range<Int>, rows: [ProgressTableRow]) -> [Finding] {
        passage.figures.filter { segment.contains($0.range.lowerBound) && $0.whole != nil }.compactMap { fraction in
            let words = IndicatorWords.of(passage.between(segment.lowerBound, fraction.range.upperBound + 12))
            let candidates = rows.filter { row in
                IndicatorWords.overlap(row.words, words) >= 0.5 && row.words.intersection(words).count >= 2
                    && (row.value == fraction.value || row.plan == fraction.whole)
            }
            guard
                let row = candidates.max(by: { IndicatorWords.overlap($0.words, words) < IndicatorWords.overlap($1.words, words) }
                ),
                let whole = fraction.whole
            else { return nil }
            if row.value == fraction.value, let plan = row.plan, plan != whole {
                return finding(
                    passage, fraction.range, row, what: "kế hoạch", text: VietnameseNumber.format(whole), table: row.planText)
            }
            if row.plan == whole, let value = row.value, value != fraction.value {
                return finding(
                    passage, fraction.range, row, what: "số thực hiện", text: VietnameseNumber.format(fraction.value),
                    table: row.valueText)
            }
            return nil
        }
    }

    /// "Chỉ tiêu giao …", "Kế hoạch giao …", "Dự toán … được giao …": the first figure after names the plan.
    static func planFindings(_ passage: Passage, segment: Range<Int>, rows: [ProgressTableRow]) -> [Finding] {
        let text = passage.between(segment.lowerBound, segment.upperBound)
        guard let lead = ["chỉ tiêu giao", "kế hoạch giao", "dự toán"].compactMap({ text.range(of: $0) }).first else {
            return []
        }
        let leadEnd = segment.lowerBound + text.distance(from: text.startIndex, to: lead.upperBound)
        guard
            let stated = passage.figures.first(where: {
                $0.range.lowerBound >= leadEnd && segment.contains($0.range.lowerBound) && !$0.isPercent && $0.whole == nil
                    && !passage.isYear($0)
            })
        else { return [] }
        let words = IndicatorWords.of(passage.between(segment.lowerBound, stated.range.lowerBound))
        guard
            let row = rows.filter({ IndicatorWords.overlap($0.words, words) >= 0.6 && $0.plan != nil })
                .max(by: { IndicatorWords.overlap($0.words, words) < IndicatorWords.overlap($1.words, words) }),
            let plan = row.plan, plan != stated.value
        else { return [] }
        return [finding(passage, stated.range, row, what: "kế hoạch", text: stated.text, table: row.planText)]
    }

    static func finding(
        _ passage: Passage, _ range: Range<Int>, _ row: ProgressTableRow, what: String, text: String, table: String
    ) -> Finding {
        Finding(
            kind: .textTable,
            message: "«\(row.name)»: phần chữ ghi \(what) \(text), biểu ghi \(table).",
            locations: [
                passage.location(range),
                Finding.Location(line: row.line, text: "\(row.name)\t\(row.unit)\t\(row.planText)\t\(row.valueText)"),
            ],
            values: [text, table])
    }
}

package enum ProgressTableRows {
    /// Rows measured in counts or amounts: a rate row ("%") is not what an X/Y in the text states.
    static func countRows(_ report: ReportText) -> [ProgressTableRow] {
        ProgressTableRow.rows(report).filter { $0.unit != "%" }
    }
}
