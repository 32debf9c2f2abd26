import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// The list of entry forms a person can open: a reporter's own bodies, everyone's for the others.
struct WorkController {
    let store: Store
    let settings: WebSettings

    func index(_ req: Request) async throws -> Response {
        let account = try req.account
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        let plans = Dictionary(try await store.planSummaries().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var groups: [WorkPage.Group] = []
        for reporting in try await store.reportingPeriods() where reporting.isOpen {
            guard let plan = plans[reporting.planID] else { continue }
            let assignments = try await store.assignments(planID: reporting.planID)
            let states = try await store.figureStates(unitCode: plan.unitCode, period: reporting.period)
            var bodies = Dictionary(grouping: assignments, by: \.body)
            // A reporter of the whole unit (a commune) gets one form for everything the unit reports.
            for scope in account.scope where scope.department == nil && scope.unitCode == plan.unitCode {
                bodies[scope] = assignments
            }
            let forms = bodies.keys.sorted().filter { Policy.allows(account, .readFigures, for: $0) }.map { body in
                let codes = bodies[body] ?? []
                let status = SubmissionStatus(
                    assigned: codes.count, states: codes.compactMap { states[$0.indicatorCode] }, period: reporting,
                    today: today)
                return WorkPage.Form(
                    name: body.department ?? "Toàn đơn vị \(plan.unitName)",
                    link: SiteRoute.entry(periodID: reporting.id, body: body.slug).path, status: status.headline,
                    detail: "\(codes.count) chỉ tiêu" + (status.daysOverdue > 0 ? ", quá hạn \(status.daysOverdue) ngày" : ""))
            }
            guard !forms.isEmpty else { continue }
            groups.append(
                WorkPage.Group(
                    title: "\(reporting.period.vietnameseName.capitalizedFirst) · \(plan.title)",
                    dates: "Số liệu đến ngày \(reporting.cutoff.vietnamese) · Hạn nộp \(reporting.deadline.vietnamese)",
                    forms: forms))
        }
        return HTMLResponse.render(WorkPage(groups: groups).view())
    }
}
