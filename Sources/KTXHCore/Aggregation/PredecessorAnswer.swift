/// Số liệu quy đổi theo đơn vị trước sắp xếp: a question about a 2025 unit over a year before 1 July 2025,
/// answered from the units it was made of, with how.
///
/// Figures stay attached to the unit they were reported for; this combines them at question time. Whole units
/// are summed (or their rates recomputed); a divided unit counts by its share when one is given, and makes the
/// answer not comparable when none is.
public struct PredecessorAnswer: Hashable, Sendable {
    public var unitCode: String
    public var unitName: String
    public var period: Period
    public var indicatorCode: String
    public var predecessors: [AdminUnitSuccession]
    public var result: RollUp.Result

    public init(
        unitCode: String, unitName: String, period: Period, indicator: Indicator, predecessors: [AdminUnitSuccession],
        figures: [String: Observation]
    ) {
        self.unitCode = unitCode
        self.unitName = unitName
        self.period = period
        self.indicatorCode = indicator.code
        self.predecessors = predecessors
        let members = predecessors.map { RollUp.Member(unitCode: $0.oldCode, weight: $0.share.weight) }
        result = RollUp.combine(members, figures: figures, rule: indicator.aggregation, period: period)
    }

    /// False when a divided predecessor has no share: the figure would not describe the same territory.
    public var isComparable: Bool {
        !predecessors.contains { $0.share.weight == nil }
    }

    /// The answer says how it was made, in Vietnamese.
    public var explanation: String {
        let names = predecessors.map { "\($0.oldName) (\($0.oldCode), \($0.share.vietnameseName))" }
        var text =
            "\(unitName) chỉ có từ \(predecessors.first?.effectiveOn.vietnamese ?? "1/7/2025"); số liệu kỳ \(period.code) "
            + "được tổng hợp từ \(predecessors.count) đơn vị trước sắp xếp: \(names.joined(separator: "; ")). "
            + "Cách tổng hợp: \(result.rule.vietnameseName.lowercasedFirst)."
        if !isComparable {
            let divided = predecessors.filter { $0.share.weight == nil }.map(\.oldName)
            text += " Không so sánh được: \(divided.joined(separator: ", ")) bị chia tách mà chưa có tỷ lệ diện tích hoặc dân số."
        }
        if !result.missing.isEmpty {
            text += " Chưa có số liệu của: \(result.missing.joined(separator: ", "))."
        }
        return text
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
