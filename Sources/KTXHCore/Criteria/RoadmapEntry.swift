/// Lộ trình: what a unit plans to reach in a year: more criteria of a tier, the tier's standard itself, or
/// villages meeting the village standard (seed 003's 2021-2025 roadmap).
public struct RoadmapEntry: Hashable, Sendable, Codable {
    public var unitCode: String
    public var year: Int
    public var tier: CriteriaSet.Tier
    public var goal: Goal
    /// The criteria, criterion groups or villages named ("Quy hoạch", "thôn Bản Bung").
    public var items: [String]
    /// The total the plan says it brings the unit to ("14/17 tiêu chí", "12/24 thôn").
    public var plannedTotal: Int?
    public var outOf: Int?
    /// The sentence as the document writes it.
    public var text: String

    public init(
        unitCode: String, year: Int, tier: CriteriaSet.Tier, goal: Goal, items: [String], plannedTotal: Int? = nil,
        outOf: Int? = nil, text: String
    ) {
        self.unitCode = unitCode
        self.year = year
        self.tier = tier
        self.goal = goal
        self.items = items
        self.plannedTotal = plannedTotal
        self.outOf = outOf
        self.text = text
    }

    public enum Goal: String, Hashable, Sendable, Codable, CaseIterable {
        /// Hoàn thành thêm tiêu chí (or criterion groups, for the model tier).
        case criteria = "tieu-chi"
        /// Đạt chuẩn: the unit meets the tier's standard that year.
        case standard = "dat-chuan"
        /// Thôn đạt chuẩn: villages meeting the village standard.
        case villages = "thon"

        public var vietnameseName: String {
            switch self {
            case .criteria: "Tiêu chí"
            case .standard: "Đạt chuẩn"
            case .villages: "Thôn đạt chuẩn"
            }
        }
    }

    /// "14/17".
    public var plannedText: String? {
        plannedTotal.map { total in outOf.map { "\(total)/\($0)" } ?? "\(total)" }
    }

    /// Plan against result: the result's count of criteria met (or the standard) beside what was planned.
    public func compare(with result: UnitCriteriaEvaluation?) -> String {
        guard let result else { return "Chưa có kết quả đánh giá" }
        switch goal {
        case .standard:
            return result.standard == .met ? "Đã đạt chuẩn" : "Chưa đạt chuẩn (\(result.countText))"
        case .criteria:
            guard let plannedTotal else { return "Đạt \(result.countText)" }
            return result.metCount >= plannedTotal
                ? "Đạt \(result.countText), đúng lộ trình" : "Đạt \(result.countText), chậm so với lộ trình"
        case .villages:
            return "Chưa có kết quả đánh giá"
        }
    }
}
