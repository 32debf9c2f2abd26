import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// Opening and closing reporting periods, and changing their deadlines.
struct PeriodsController {
    let store: Store
    let settings: WebSettings

    func index(_ req: Request) async throws -> Response {
        try await page(req, errors: [], fields: [:], status: .ok)
    }

    func open(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let plans = try await store.planSummaries()
        var errors: [String] = []
        let plan = plans.first { String($0.id) == form["plan"] }
        if plan == nil { errors.append("Kế hoạch: chưa chọn, hoặc không có kế hoạch «\(form["plan"] ?? "")».") }
        let year = plan?.term.year ?? 0
        let period: Period? =
            switch form["kind"] {
            case "H1": Period(year: year, kind: .half(1))
            case "9M": Period(year: year, kind: .nineMonths)
            case "Y": .year(year)
            default: nil
            }
        if period == nil { errors.append("Kỳ: «\(form["kind"] ?? "")» không phải 6 tháng, 9 tháng hay cả năm.") }
        let cutoffText = form["cutoff"] ?? ""
        let cutoff = cutoffText.isEmpty ? period?.reportingWindow.end : CalendarDay(cutoffText)
        if cutoff == nil { errors.append("Ngày chốt số liệu: «\(cutoffText)» không phải một ngày.") }
        let deadline = CalendarDay(form["deadline"] ?? "")
        if deadline == nil { errors.append("Hạn nộp: «\(form["deadline"] ?? "")» không phải một ngày.") }
        if let cutoff, let deadline, deadline < cutoff {
            errors.append("Hạn nộp \(deadline.vietnamese) không được trước ngày chốt số liệu \(cutoff.vietnamese).")
        }
        guard errors.isEmpty, let plan, let period, let cutoff, let deadline else {
            return try await page(req, errors: errors, fields: form, status: .unprocessableEntity)
        }
        do {
            try await store.openReportingPeriod(
                planID: plan.id, period: period, cutoff: cutoff, deadline: deadline, by: try req.account.username,
                at: settings.now())
        } catch let error as StorageError {
            return try await page(req, errors: [error.message], fields: form, status: .conflict)
        }
        return req.redirect(to: SiteRoute.periods.path, redirectType: .normal)
    }

    func update(_ req: Request) async throws -> Response {
        guard let id = Int64(req.parameter(.periodID)),
            try await store.reportingPeriods(id: id).first != nil
        else { throw Abort(.notFound, reason: "Không tìm thấy kỳ báo cáo.") }
        let form = try req.content.decode([String: String].self)
        let action = form["action"] ?? ""
        var deadline: CalendarDay?
        if action == "deadline" {
            deadline = CalendarDay(form["deadline"] ?? "")
            guard deadline != nil else {
                return try await page(
                    req, errors: ["Hạn nộp: «\(form["deadline"] ?? "")» không phải một ngày."], fields: [:],
                    status: .unprocessableEntity)
            }
        }
        let isOpen: Bool? = action == "close" ? false : action == "open" ? true : nil
        try await store.updateReportingPeriod(
            id: id, deadline: deadline, isOpen: isOpen, by: try req.account.username, at: settings.now())
        return req.redirect(to: SiteRoute.periods.path, redirectType: .normal)
    }

    private func page(_ req: Request, errors: [String], fields: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let plans = try await store.planSummaries()
        let titles = Dictionary(plans.map { ($0.id, "\($0.key) · \($0.unitName)") }, uniquingKeysWith: { a, _ in a })
        let items = try await store.reportingPeriods().map { p in
            PeriodsPage.Item(
                id: p.id, plan: titles[p.planID] ?? String(p.planID), period: p.period.vietnameseName.capitalizedFirst,
                cutoff: p.cutoff.vietnamese, deadline: p.deadline.vietnamese, deadlineISO: p.deadline.iso, isOpen: p.isOpen,
                assignmentsLink: SiteRoute.assignments(planID: p.planID).path)
        }
        let page = PeriodsPage(
            items: items, plans: plans.map { .init(id: $0.id, title: "\($0.key) · \($0.title)") },
            canSetUp: Policy.allows(try req.account, .setUp), errors: errors, fields: fields)
        return HTMLResponse.render(page.view(), status: status)
    }
}
