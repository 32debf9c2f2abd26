import KTXHCore

/// One line of the plan list: what `ktxh plans list` prints and the home page shows.
public struct PlanSummary: Hashable, Sendable, Codable {
    public var id: Int64
    public var key: String
    public var title: String
    public var number: String?
    public var issuer: Plan.Issuer
    public var issuerName: String
    public var unitCode: String
    public var unitName: String
    public var term: Period
    public var targetCount: Int
    /// Periods with at least one figure for the plan's unit and indicators, oldest first.
    public var periodsWithData: [Period]
}
