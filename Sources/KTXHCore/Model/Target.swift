/// Chỉ tiêu nghị quyết: what a plan asks of one indicator.
public struct Target: Hashable, Sendable, Codable {
    public var indicatorCode: String
    /// The target exactly as the document writes it ("≥ 99", "Giảm 03 tiêu chí so với cùng kỳ").
    public var text: String
    public var expression: TargetExpression
    /// How the plan numbers the row: "1", "2.1", "(3)"; nil for sub-rows.
    public var label: String?
    /// Position in the plan's table, for ordering.
    public var position: Int
    /// The section row it stands under ("A", "C.I").
    public var section: String?
    /// A binding target is judged; a reference figure (the herd sizes under "Tổng đàn" in seed 001)
    /// gets a % of plan but no label of its own.
    public var role: Role

    public init(
        indicatorCode: String, text: String, expression: TargetExpression, label: String? = nil, position: Int,
        section: String? = nil, role: Role = .binding
    ) {
        self.indicatorCode = indicatorCode
        self.text = text
        self.expression = expression
        self.label = label
        self.position = position
        self.section = section
        self.role = role
    }

    public enum Role: String, Hashable, Sendable, Codable {
        case binding
        case reference
    }
}

/// A section row of a plan's table ("A  Kinh tế", "I  Các chỉ tiêu về GD&ĐT").
public struct PlanSection: Hashable, Sendable, Codable {
    /// "A", "C.I".
    public var path: String
    /// What the document prints in the STT column: "A", "I".
    public var label: String
    public var title: String
    public var position: Int

    public init(path: String, label: String, title: String, position: Int) {
        self.path = path
        self.label = label
        self.title = title
        self.position = position
    }
}
