import KTXHCore
import KTXHDocuments
import KTXHWorkflows

/// Nhập số liệu: the forms this person can open in the periods that are open, with where each stands.
struct WorkPage {
    struct Form: Hashable {
        var name: String
        var link: String
        var status: String
        var detail: String
    }

    struct Group: Hashable {
        var title: String
        var dates: String
        var forms: [Form]
    }

    var groups: [Group]
}

extension WorkPage {
    /// The forms `account` may read, in the open periods; a reporter of a whole unit gets one for all of it.
    init(_ overview: SubmissionOverview, account: Account) {
        groups = overview.columns.compactMap { column -> Group? in
            guard let plan = column.plan else { return nil }
            let forms = column.bodies.keys.sorted().filter { Policy.allows(account, .readFigures, for: $0) }.compactMap {
                body -> Form? in
                guard let status = column.bodies[body] else { return nil }
                return Form(
                    name: body.department ?? "Toàn đơn vị \(plan.unitName)",
                    link: SiteRoute.entry(periodID: column.reporting.id, body: body.slug).path,
                    status: status.headline,
                    detail: "\(status.assigned) chỉ tiêu"
                        + (status.daysOverdue > 0 ? ", quá hạn \(status.daysOverdue) ngày" : ""))
            }
            guard !forms.isEmpty else { return nil }
            let reporting = column.reporting
            return Group(
                title: "\(reporting.period.vietnameseName.capitalizedFirst) · \(plan.title)",
                dates: "Số liệu đến ngày \(reporting.cutoff.vietnamese) · Hạn nộp \(reporting.deadline.vietnamese)",
                forms: forms)
        }
    }
}
