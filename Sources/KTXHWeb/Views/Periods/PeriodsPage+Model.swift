import KTXHCore
import KTXHDocuments
import KTXHStorage

/// Kỳ báo cáo: the periods opened for entry, and the form that opens one.
struct PeriodsPage {
    struct Item: Hashable {
        var id: Int64
        var plan: String
        var period: String
        var cutoff: String
        var deadline: String
        var deadlineISO: String
        var isOpen: Bool
        var assignmentsLink: String
    }

    struct PlanOption: Hashable {
        var id: Int64
        var title: String
    }

    var items: [Item]
    var plans: [PlanOption]
    var canSetUp: Bool
    var errors: [String]
    /// The open form as last posted, to fill it again after a refusal.
    var fields: OpenPeriodForm

    static let periodChoices = [("H1", "6 tháng đầu năm"), ("9M", "9 tháng"), ("Y", "Cả năm")]
}

extension PeriodsPage {
    init(periods: [ReportingPeriod], plans: [PlanSummary], canSetUp: Bool, errors: [String], fields: OpenPeriodForm) {
        let titles = Dictionary(plans.map { ($0.id, "\($0.key) · \($0.unitName)") }, uniquingKeysWith: { a, _ in a })
        items = periods.map { p in
            Item(
                id: p.id, plan: titles[p.planID] ?? String(p.planID), period: p.period.vietnameseName.capitalizedFirst,
                cutoff: p.cutoff.vietnamese, deadline: p.deadline.vietnamese, deadlineISO: p.deadline.iso, isOpen: p.isOpen,
                assignmentsLink: SiteRoute.assignments(planID: p.planID).path)
        }
        self.plans = plans.map { PlanOption(id: $0.id, title: "\($0.key) · \($0.title)") }
        self.canSetUp = canSetUp
        self.errors = errors
        self.fields = fields
    }
}
