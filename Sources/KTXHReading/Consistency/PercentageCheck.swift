import Foundation
import KTXHCore

/// Tỷ lệ phần trăm: every "X/Y … đạt P%" and "P% (X/Y)" recomputed, and every "A, bằng P% dự toán"
/// against the plan stated in the same line, allowing the rounding a person uses (half up or cut to
/// the digits written) and "vượt P%" for the excess over the plan.
package enum PercentageCheck {
    static let connectors = ["đạt", "bằng", "chiếm", "=", "tỷ lệ", "tỉ lệ", "vượt"]

    static func findings(_ report: ReportText) -> [Finding] {
        report.passages.flatMap { passage in
            passage.figures.indices.compactMap { fractionFinding(passage, at: $0) } + planFindings(passage)
        }
    }

    /// The percentage stated with a fraction: just after it through a connector, or just before it with "(".
    static func statedPercent(_ passage: Passage, forFractionAt index: Int) -> (WrittenFigure, excess: Bool)? {
        let figures = passage.figures
        let fraction = figures[index]
        if index + 1 < figures.count, figures[index + 1].isPercent {
            let percent = figures[index + 1]
            let words = passage.between(fraction.range.upperBound, percent.range.lowerBound)
            let after = passage.between(percent.range.upperBound, percent.range.upperBound + 30).trimmed
            let againstPast = after.hasPrefix("so với") && !after.hasPrefix("so với kh") && !after.hasPrefix("so với kế hoạch")
            if isConnecting(words), !againstPast { return (percent, words.contains("vượt")) }
        }
        if index > 0, figures[index - 1].isPercent {
            let percent = figures[index - 1]
            let words = passage.between(percent.range.upperBound, fraction.range.lowerBound)
            // "70% (2/3 trường)", but not "50% (02/02 xã đạt)": a count of units meeting a criterion.
            let rest = passage.between(fraction.range.upperBound, fraction.range.upperBound + 20)
            let tail = rest.prefix { $0 != ")" }.split(separator: " ")
            if words.trimmed.hasPrefix("("), words.split(separator: " ").count <= 6, !words.contains(")"), tail.count <= 1 {
                return (percent, false)
            }
        }
        return nil
    }

    static func isConnecting(_ words: String) -> Bool {
        let plain = words.filter { $0.isLetter || $0 == " " || $0 == "=" }.split(separator: " ").joined(separator: " ")
        guard words.count <= 60, !words.contains("("), !words.contains(";") else { return false }
        // "5.894/ 7.204 tỷ đồng, tỷ lệ tăng trưởng ước đạt 4,69%": a growth rate, not the fraction's share.
        let said = plain.split(separator: " ")
        if said.contains("tăng") || said.contains("giảm") { return false }
        return connectors.contains { plain.hasSuffix($0) || plain.contains($0 + " ") } && plain.split(separator: " ").count <= 8
    }

    static func fractionFinding(_ passage: Passage, at index: Int) -> Finding? {
        let fraction = passage.figures[index]
        guard let ratio = fraction.ratio, let (percent, excess) = statedPercent(passage, forFractionAt: index) else {
            return nil
        }
        let computed = excess ? ratio - 100 : ratio
        guard !Rounding.matches(stated: percent.value, decimals: percent.decimals, computed: computed) else { return nil }
        var message =
            "«\(fraction.text)» là \(Rounding.percent(computed))\(excess ? " vượt kế hoạch" : ""), "
            + "không phải \(percent.text) như văn bản ghi."
        if let hint = decimalMarkHint(fraction, percent: percent) { message += " " + hint }
        let span =
            min(fraction.range.lowerBound, percent.range.lowerBound)..<max(fraction.range.upperBound, percent.range.upperBound)
        return Finding(
            kind: .percentage, message: message, locations: [passage.location(span)],
            values: [fraction.text, percent.text, Rounding.percent(computed)])
    }

    /// "6.969/6ha đạt 116%": read with a decimal comma, 6,969/6 is 116%: the dot was a slip.
    static func decimalMarkHint(_ fraction: WrittenFigure, percent: WrittenFigure) -> String? {
        guard fraction.text.contains("."), let whole = fraction.whole, whole != 0 else { return nil }
        let numerator = fraction.text.split(separator: "/").first.map(String.init) ?? ""
        guard let read = try? VietnameseNumber.parse(numerator.replacingOccurrences(of: ".", with: ",")) else { return nil }
        guard Rounding.matches(stated: percent.value, decimals: percent.decimals, computed: read.value / whole * 100) else {
            return nil
        }
        return
            "Có lẽ dấu chấm viết nhầm cho dấu phẩy thập phân: \(read.formatted)/\(VietnameseNumber.format(whole)) mới là \(percent.text)."
    }
}
