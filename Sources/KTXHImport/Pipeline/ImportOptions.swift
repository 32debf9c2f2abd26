import KTXHCore
import KTXHReading

/// What the person importing says about the file, where the file itself does not say it.
public struct ImportOptions: Sendable {
    /// The key of the plan the table belongs to (`ktxh import --plan ID` resolves the id to it).
    public var planKey: String?
    /// The plan's id as `ktxh plans list` prints it; the workflow turns it into `planKey`.
    public var planID: Int64?
    public var period: Period?
    public var unitCode: String?
    public var year: Int?
    /// The person has read the probable matches and accepts them.
    public var confirmProbableMatches: Bool
    public var reportedBy: String?
    /// Which column plays a role where the header leaves it open (`--column "Thực hiện=Ước TH 6 tháng"`):
    /// the header as written, or "cột D" / "cột 4".
    public var columns: [PlanTable.Column: String]

    public init(
        planKey: String? = nil, planID: Int64? = nil, period: Period? = nil, unitCode: String? = nil, year: Int? = nil,
        confirmProbableMatches: Bool = false, reportedBy: String? = nil, columns: [PlanTable.Column: String] = [:]
    ) {
        self.columns = columns
        self.planKey = planKey
        self.planID = planID
        self.period = period
        self.unitCode = unitCode
        self.year = year
        self.confirmProbableMatches = confirmProbableMatches
        self.reportedBy = reportedBy
    }
}
