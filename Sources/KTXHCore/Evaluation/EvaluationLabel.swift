import Foundation

/// Đánh giá: the one label a figure gets against its target.
public enum EvaluationLabel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Vượt: a plain target passed on the good side.
    case exceeded = "Vượt"
    /// Đạt: a bound met, or a plain target met exactly.
    case met = "Đạt"
    /// Chưa đạt: short of the target while the period is still open.
    case notYetMet = "Chưa đạt"
    /// Không đạt: short of the target when the target's term has closed.
    case notMet = "Không đạt"
    /// Đúng hướng: a change target without a size ("giảm tai nạn giao thông") moved the right way.
    case rightDirection = "Đúng hướng"
    /// Đánh giá cuối năm: no figure yet, or an indicator judged only when the year closes.
    case judgeAtYearEnd = "Đánh giá cuối năm"
    /// Chưa đủ cơ sở đánh giá: the term has closed and the figure needed is missing.
    case insufficientData = "Chưa đủ cơ sở đánh giá"

    /// True for the labels that count as a target achieved.
    public var isAchieved: Bool { self == .exceeded || self == .met }

    /// True for the labels that call for an explanation (giải trình).
    public var isShortfall: Bool { self == .notYetMet || self == .notMet }
}

/// Tiến độ: a figure before the year ends against where it was expected to be by then (`ExpectedPace`), as the
/// ratio of actual to expected: at least 95 % on pace, 85-95 % behind, under 85 % at risk (docs/evaluation.md).
public enum Pace: String, Hashable, Sendable, Codable, CaseIterable {
    /// Đúng tiến độ.
    case onPace = "Đúng tiến độ"
    /// Chậm tiến độ.
    case behindPace = "Chậm tiến độ"
    /// Nguy cơ không đạt.
    case atRisk = "Nguy cơ không đạt"
    /// Chưa đủ dữ liệu: a stock or a rate without last year's level to start its path from.
    case insufficientData = "Chưa đủ dữ liệu"

    /// Lowest ratio of actual to expected that is on pace, and lowest that is only behind.
    public static let onPaceFrom = Decimal(string: "0.95")!
    public static let behindFrom = Decimal(string: "0.85")!

    public init(ratio: Decimal) {
        self = ratio >= Self.onPaceFrom ? .onPace : ratio >= Self.behindFrom ? .behindPace : .atRisk
    }

    /// Behind or at risk: what a report's narrative and the warnings list.
    public var isBehind: Bool { self == .behindPace || self == .atRisk }
}
