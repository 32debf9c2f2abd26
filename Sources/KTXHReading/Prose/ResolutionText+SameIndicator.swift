import Foundation
import KTXHCore

/// Cùng chỉ tiêu: a phrase after a target in the same sentence that says more of that target, not of another.
extension ResolutionText {
    /// `reading`, renamed for the target read before it in its sentence when it is that target's share of a whole,
    /// its count per head or its growth rate.
    static func onSameIndicator(_ reading: TargetPhrase, after previous: ExtractedTarget, said: String) -> TargetPhrase {
        var reading = reading
        // "Tổng vốn đầu tư … đạt khoảng 22.000 tỷ đồng, tăng 1,5 lần …, chiếm từ 45-50% tổng vốn đầu tư trên địa bàn":
        // the share the same indicator takes of a whole.
        if said.lowercased().hasPrefix("chiếm "), !reading.nameFirst || Lexicon.namesNothing(reading.indicator) {
            reading.indicator = previous.indicator + " " + reading.indicator
            reading.nameFirst = true
        }
        // "… 8.500 doanh nghiệp đang hoạt động, đạt 70 doanh nghiệp/vạn dân": the same things counted per head.
        if let unit = reading.target.unit, reading.indicator == unit, let head = previous.unit,
            unit.lowercased().hasPrefix(head.lowercased() + "/")
        {
            reading.indicator = previous.indicator
        } else if Lexicon.namesOnlyGrowth(reading.indicator) {
            // "Lao động … đạt khoảng 92.000 người, tốc độ tăng bình quân thời kỳ 2021 - 2025 đạt 1,5-3%/năm": how fast
            // the same indicator grows.
            reading.indicator = previous.indicator
            if reading.change == nil {
                reading.change = .increase
                reading.target = TargetExpression.parse(reading.figure ?? reading.expression, asChange: .increase)
            }
        }
        return reading
    }
}
