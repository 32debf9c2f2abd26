import KTXHCore
import KTXHStorage

/// The home page: every plan in the database.
struct PlanListPage {
    struct Item: Hashable {
        var title: String
        var link: String
        var document: String
        var issuer: String
        var unit: String
        var term: String
        var targetCount: Int
        var progressLinks: [(name: String, link: String)]

        static func == (lhs: Item, rhs: Item) -> Bool { lhs.link == rhs.link }
        func hash(into hasher: inout Hasher) { hasher.combine(link) }
    }

    var items: [Item]

    init(items: [Item]) {
        self.items = items
    }

    init(plans: [PlanSummary]) {
        items = plans.map { plan in
            Item(
                title: plan.title,
                link: SiteRoute.plan(id: plan.id).path,
                document: plan.number.map { "Số \($0)" } ?? "Chưa ghi số",
                issuer: plan.issuerName,
                unit: "\(plan.unitName) (\(plan.unitCode))",
                term: plan.term.kind == .year ? "Năm \(plan.term.year)" : plan.term.vietnameseName,
                targetCount: plan.targetCount,
                progressLinks: plan.periodsWithData.map {
                    ($0.vietnameseName.capitalizedFirst, SiteRoute.progress(planID: plan.id, period: $0).path)
                })
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
