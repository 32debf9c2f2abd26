import Foundation
import KTXHCore

/// Cộng các phần: a total with its breakdown in brackets ("17 km (Dương Quang: 10km; Nông Thượng:
/// 7km)") or in its footnote ("20 trường học công lập¹⁷" → "08 trường Mầm non, 06 trường …"). The parts
/// must add up to the total; for fractions, the counts (numerators) must.
package enum PartsSumCheck {
    static func findings(_ report: ReportText) -> [Finding] {
        var findings: [Finding] = []
        for line in report.prose {
            let passage = Passage(line: line.number, text: line.text)
            findings += bracketFindings(passage)
            findings += footnoteFindings(passage, report: report)
        }
        return findings
    }

    static func bracketFindings(_ passage: Passage) -> [Finding] {
        var findings: [Finding] = []
        for open in passage.chars.indices where passage.chars[open] == "(" {
            // "đến năm 2030 (theo chuẩn nghèo giai đoạn 2026-2030)": a year and the term it belongs to, not a sum.
            guard let total = total(before: open, in: passage), !Lexicon.isYear(Substring(total.text)),
                let close = passage.chars[open...].firstIndex(of: ")")
            else { continue }
            // "96 xã (trong đó có 30 xã nâng cao, 5 xã kiểu mẫu)": some of the whole, not all of it.
            let inside = passage.between(open + 1, close).folded
            if inside.hasPrefix("trong do") || inside.hasPrefix("trong so do") || inside.hasPrefix("rieng") { continue }
            let parts = passage.figures.filter { open < $0.range.lowerBound && $0.range.upperBound <= close && !$0.isPercent }
            let unit = firstWord(after: total, in: passage)
            let counted = parts.filter { part in
                let partUnit = firstWord(after: part, in: passage)
                return (part.whole == nil) == (total.whole == nil || part.whole == nil && total.whole != nil)
                    && (partUnit == unit || partUnit.isEmpty || unit.isEmpty)
            }
            // "5 năm (2011 – 2015)": a term's years, not its parts.
            guard counted.count >= 2, counted.count == parts.count,
                !counted.allSatisfy({ Lexicon.isYear(Substring($0.text)) })
            else { continue }
            if let finding = compare(total, counted, in: passage, at: passage, span: open..<(close + 1)) {
                findings.append(finding)
            }
        }
        return findings
    }

    static func footnoteFindings(_ passage: Passage, report: ReportText) -> [Finding] {
        var findings: [Finding] = []
        let text = passage.text
        var search = text.startIndex
        while let mark = text.range(of: "[^", range: search..<text.endIndex),
            let close = text[mark.upperBound...].firstIndex(of: "]")
        {
            search = close
            let number = String(text[mark.upperBound..<close])
            let offset = text.distance(from: text.startIndex, to: mark.lowerBound)
            guard offset > 0, let footnote = report.footnotes[number], let total = total(before: offset, in: passage)
            else { continue }
            let unit = firstWord(after: total, in: passage)
            let notes = Passage(line: footnote.number, text: footnote.text)
            let parts = notes.figures.filter {
                !$0.isPercent && firstWord(after: $0, in: notes) == unit && ($0.whole == nil) == (total.whole == nil)
            }
            guard !unit.isEmpty, parts.count >= 2 else { continue }
            if let finding = compare(total, parts, in: passage, at: notes, span: 0..<notes.chars.count) {
                findings.append(finding)
            }
        }
        return findings
    }

    /// The figure a breakdown or a footnote belongs to: the last one before it in the same clause,
    /// or, for a percentage, the count it is the percentage of ("1.538 nhà, đạt 89,21% (…)").
    static func total(before offset: Int, in passage: Passage) -> WrittenFigure? {
        guard let index = passage.figures.lastIndex(where: { $0.range.upperBound <= offset }) else { return nil }
        let figure = passage.figures[index]
        let words = passage.between(figure.range.upperBound, offset)
        guard words.allSatisfy({ $0.isLetter || $0 == " " || $0 == "²" || $0 == "³" }), words.split(separator: " ").count <= 6
        else { return nil }
        guard figure.isPercent else { return figure }
        guard index > 0 else { return nil }
        let count = passage.figures[index - 1]
        let link = passage.between(count.range.upperBound, figure.range.lowerBound)
        guard !count.isPercent, PercentageCheck.isConnecting(link) else { return nil }
        return count
    }

    static func firstWord(after figure: WrittenFigure, in passage: Passage) -> String {
        let rest = passage.between(figure.range.upperBound, figure.range.upperBound + 16)
        return rest.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
    }

    static func compare(
        _ total: WrittenFigure, _ parts: [WrittenFigure], in passage: Passage, at notes: Passage, span: Range<Int>
    )
        -> Finding?
    {
        let sum = parts.map(\.value).reduce(0, +)
        guard
            !Rounding.sumAgrees(
                total: total.value, totalDecimals: total.decimals, parts: parts.map { (value: $0.value, decimals: $0.decimals) })
        else { return nil }
        let totalText = total.whole == nil ? total.text : VietnameseNumber.format(total.value)
        let partsText = parts.map { $0.whole == nil ? $0.text : VietnameseNumber.format($0.value) }.joined(separator: " + ")
        let sumText = VietnameseNumber.format(sum)
        var locations = [passage.location(total.range)]
        if notes.line != passage.line {
            locations.append(Finding.Location(line: notes.line, text: notes.excerpt(around: 0..<0, width: 120)))
        }
        return Finding(
            kind: .partsSum,
            message: "Tổng ghi \(totalText) nhưng các phần cộng lại \(partsText) = \(sumText).",
            locations: locations, values: [totalText, sumText])
    }
}
