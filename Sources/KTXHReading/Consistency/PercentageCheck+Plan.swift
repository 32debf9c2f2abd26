import Foundation
import KTXHCore

extension PercentageCheck {
    /// "Dự toán … được giao 317 tỷ đồng; thực hiện … đạt 72,4 tỷ đồng, bằng 23% dự toán": each
    /// "bằng P% dự toán" against the allotment stated earlier in the same line; and an "X/Y … % dự toán"
    /// whose Y is not that allotment (seed 001: 5.780 given, 93,295/6.480 reported).
    static func planFindings(_ passage: Passage) -> [Finding] {
        let figures = passage.figures
        // Where the line first speaks of a budget or capital: an allotment comes after it.
        let lowered = passage.between(0, passage.chars.count)
        let topic = ["dự toán", "vốn"].compactMap { word in
            lowered.range(of: word).map { lowered.distance(from: lowered.startIndex, to: $0.upperBound) }
        }.min()
        guard let topic,
            let baseIndex = figures.indices.first(where: { isAllotment(passage, at: $0, after: topic) })
        else { return [] }
        let base = figures[baseIndex]
        let unit = unitAfter(passage, base)
        var findings: [Finding] = []
        for index in figures.indices where index > baseIndex + 0 && figures[index].isPercent {
            let percent = figures[index]
            guard passage.between(percent.range.upperBound, percent.range.upperBound + 9).trimmed.hasPrefix("dự toán"),
                index > 0
            else { continue }
            let stated = figures[index - 1]
            guard index - 1 != baseIndex, !stated.isPercent, unitAfter(passage, stated) == unit else { continue }
            if let whole = stated.whole {
                guard whole != base.value else { continue }
                findings.append(
                    Finding(
                        kind: .restatement,
                        message: "Dự toán được giao là \(base.text) \(unit), nhưng tỷ lệ giải ngân lại tính trên "
                            + "\(VietnameseNumber.format(whole)) \(unit) («\(stated.text)»).",
                        locations: [passage.location(base.range.lowerBound..<stated.range.upperBound)],
                        values: [base.text, stated.text]))
                continue
            }
            guard base.value != 0, passage.between(stated.range.upperBound, percent.range.lowerBound).contains("bằng")
            else { continue }
            let computed = stated.value / base.value * 100
            guard !Rounding.matches(stated: percent.value, decimals: percent.decimals, computed: computed) else { continue }
            findings.append(
                Finding(
                    kind: .percentage,
                    message: "\(stated.text) \(unit) trên dự toán \(base.text) \(unit) là \(Rounding.percent(computed)), "
                        + "không phải \(percent.text) như văn bản ghi.",
                    locations: [passage.location(base.range.lowerBound..<percent.range.upperBound)],
                    values: [stated.text, base.text, percent.text, Rounding.percent(computed)]))
        }
        return findings
    }

    /// The allotment: the first figure after "giao" in a line about a budget or capital (named by `topic`, the
    /// offset where the line first names one).
    static func isAllotment(_ passage: Passage, at index: Int, after topic: Int) -> Bool {
        let figure = passage.figures[index]
        guard figure.whole == nil, !figure.isPercent, topic <= figure.range.lowerBound else { return false }
        return passage.between(max(0, figure.range.lowerBound - 20), figure.range.lowerBound).contains("giao")
    }

    /// "tỷ đồng", "triệu đồng": the two words after a figure.
    static func unitAfter(_ passage: Passage, _ figure: WrittenFigure) -> String {
        let rest = passage.between(figure.range.upperBound, figure.range.upperBound + 20)
        return rest.split(whereSeparator: { !$0.isLetter }).prefix(2).joined(separator: " ")
    }
}
