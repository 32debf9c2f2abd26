import Foundation
import KTXHCore

/// Câu thuyết minh của một chỉ tiêu: the sentence a report writes about one indicator, in the seeds' style
/// ("Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 1.889 tỷ đồng, bằng 51,05% KH.").
///
/// Every figure is taken from the report's line, the very text the table prints, and the verdict from the
/// line's evaluation: the sentence never judges and never recomputes.
public enum IndicatorSentence {
    /// Nil for a heading row without a target or a figure ("…, trong đó:").
    public static func make(_ line: ProgressReport.Line, closed: Bool) -> String? {
        let name = NarrativeWords.subject(line.indicator)
        guard let observation = line.observation, let value = line.value else {
            guard line.hasTarget else { return nil }
            guard line.label != nil else { return "\(name): chưa có số liệu." }
            return closed
                ? "\(name): chưa có số liệu, chưa đủ cơ sở đánh giá." : "\(name): chưa có số liệu, sẽ đánh giá vào cuối năm."
        }
        let figure = String(value.text.dropFirst(value.prefix.count))
        switch observation.value {
        case .text, .yesNo:
            return "\(name): \(NarrativeWords.lowercasedFirst(figure))\(verdict(line, showsPercent: false))."
        case .number, .ratio:
            return numeric(line, name: name, figure: figure, observation: observation)
        }
    }

    private static func numeric(_ line: ProgressReport.Line, name: String, figure: String, observation: Observation) -> String {
        let unit = NarrativeWords.unit(line.indicator.unitOfMeasure)
        var amount = figure + unit
        if case .ratio(let numerator, let denominator) = observation.value {
            amount += " (\(VietnameseNumber.format(numerator))/\(VietnameseNumber.format(denominator)))"
        }
        let lowerIsBetter = line.indicator.direction == .down
        // A percentage of plan says little of a rate ("100% of 100%") or of a figure that should fall.
        let showsPercent = line.percentOfPlan != nil && unit != "%" && !lowerIsBetter
        var sentence = "\(name) \(verb(line, estimate: observation.kind == .estimate)) \(amount)"
        if showsPercent, let percent = line.percentOfPlan { sentence += ", bằng \(percent.text) KH" }
        if let previous = line.percentOfPrevious?.number { sentence += comparison(previous) }
        return sentence + verdict(line, showsPercent: showsPercent) + "."
    }

    /// "đạt", "ước đạt"; for a figure that should fall, "giảm còn" or "còn", as a report says of poverty.
    private static func verb(_ line: ProgressReport.Line, estimate: Bool) -> String {
        let ước = estimate ? "ước " : ""
        guard line.indicator.direction == .down else { return ước + "đạt" }
        guard let previous = line.percentOfPrevious?.number else { return ước + "còn" }
        if previous < 100 { return ước + "giảm còn" }
        return previous > 100 ? ước + "tăng lên" : ước + "giữ ở mức"
    }

    /// The evaluation's label in words, with the target as written when no % KH already tells it.
    private static func verdict(_ line: ProgressReport.Line, showsPercent: Bool) -> String {
        guard let label = line.label else { return "" }
        let target = showsPercent || line.target.text.isEmpty ? "" : " (KH: \(targetText(line)))"
        switch label {
        case .exceeded: return ", vượt kế hoạch" + target
        case .met: return ", đạt kế hoạch" + target
        case .notYetMet: return showsPercent ? "" : ", chưa đạt kế hoạch" + target
        case .notMet: return ", không đạt kế hoạch" + target
        case .rightDirection: return ", đúng hướng kế hoạch đề ra"
        case .judgeAtYearEnd: return "; chỉ tiêu đánh giá vào cuối năm"
        case .insufficientData: return "; chưa đủ cơ sở đánh giá"
        }
    }

    /// The target with its unit when the plan wrote it bare: ">80" for a rate reads ">80%".
    private static func targetText(_ line: ProgressReport.Line) -> String {
        let text = line.target.text
        let unit = line.indicator.unitOfMeasure.trimmingCharacters(in: .whitespaces)
        guard unit == "%", !text.hasSuffix("%"), text.last?.isNumber == true else { return text }
        return text + "%"
    }

    /// So với cùng kỳ, as the seeds say it: "tăng 3,7% so với cùng kỳ", "bằng 97,55% so với cùng kỳ".
    private static func comparison(_ percent: Decimal) -> String {
        if percent > 100 { return ", tăng \(VietnameseNumber.formatPercent(percent - 100)) so với cùng kỳ" }
        if percent == 100 { return ", bằng cùng kỳ" }
        return ", bằng \(VietnameseNumber.formatPercent(percent)) so với cùng kỳ"
    }
}
