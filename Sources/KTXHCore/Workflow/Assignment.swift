/// Phân công: which body reports a plan's indicator.
public struct Assignment: Hashable, Sendable, Codable {
    public var planID: Int64
    public var indicatorCode: String
    public var body: ReportingBody
    /// False when the body comes from the catalogue's department and nobody has assigned it yet.
    public var isExplicit: Bool

    public init(planID: Int64, indicatorCode: String, body: ReportingBody, isExplicit: Bool) {
        self.planID = planID
        self.indicatorCode = indicatorCode
        self.body = body
        self.isExplicit = isExplicit
    }

    /// The body that reports `indicator` in `plan` when nobody has assigned it: the catalogue's department
    /// for a district or province, the commune itself for a commune (it has no departments).
    public static func defaultBody(for indicator: Indicator, in plan: Plan) -> ReportingBody {
        let isCommune = plan.unitCode.count >= 5
        return ReportingBody(unitCode: plan.unitCode, department: isCommune ? nil : indicator.department)
    }
}
