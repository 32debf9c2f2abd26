import KTXHCore
import KTXHStorage

/// Phân công: which department (or the unit itself) reports each of a plan's indicators.
struct AssignmentsPage {
    struct Row: Hashable {
        var index: Int
        var code: String
        var number: String
        var name: String
        var department: String
        var isExplicit: Bool
    }

    var planID: Int64
    var planTitle: String
    var planLink: String
    var unitName: String
    var rows: [Row]
    var departments: [String]
    var canSetUp: Bool
    var notice: String?
}

extension AssignmentsPage {
    init(
        plan: PlanSummary, document: PlanDocument, assignments: [Assignment], catalogue: [String: Indicator],
        canSetUp: Bool, notice: String?
    ) {
        let targets = Dictionary(document.targets.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = assignments.enumerated().map { index, assignment in
            Row(
                index: index, code: assignment.indicatorCode, number: targets[assignment.indicatorCode]?.label ?? "",
                name: catalogue[assignment.indicatorCode]?.name ?? assignment.indicatorCode,
                department: assignment.body.department ?? "", isExplicit: assignment.isExplicit)
        }
        let departments = Set(catalogue.values.compactMap(\.department) + rows.map(\.department).filter { !$0.isEmpty })
        self.init(
            planID: plan.id, planTitle: plan.title, planLink: SiteRoute.plan(id: plan.id).path, unitName: plan.unitName,
            rows: rows, departments: departments.sorted(), canSetUp: canSetUp, notice: notice)
    }
}
