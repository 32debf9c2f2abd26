import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// Opening and closing reporting periods, and changing their deadlines.
struct PeriodsController {
    let store: Store
    let settings: WebSettings

    func index(_ req: Request) async throws -> Response {
        try await page(req, errors: [], fields: OpenPeriodForm(), status: .ok)
    }

    func open(_ req: Request) async throws -> Response {
        let form = try req.content.decode(OpenPeriodForm.self)
        switch form.checked(plans: try await store.planSummaries()) {
        case .failure(let problems):
            return try await page(req, errors: problems.messages, fields: form, status: .unprocessableEntity)
        case .success(let open):
            do {
                try await store.openReportingPeriod(
                    planID: open.plan.id, period: open.period, cutoff: open.cutoff, deadline: open.deadline,
                    by: try req.account.username, at: settings.now())
            } catch let error as StorageError {
                return try await page(req, errors: [error.message], fields: form, status: .conflict)
            }
            return req.redirect(to: SiteRoute.periods.path, redirectType: .normal)
        }
    }

    func update(_ req: Request) async throws -> Response {
        guard let id = Int64(req.parameter(.periodID)),
            try await store.reportingPeriods(id: id).first != nil
        else { throw Abort(.notFound, reason: "Không tìm thấy kỳ báo cáo.") }
        switch try req.content.decode(PeriodChangeForm.self).checked() {
        case .failure(let problems):
            return try await page(req, errors: problems.messages, fields: OpenPeriodForm(), status: .unprocessableEntity)
        case .success(let change):
            try await store.updateReportingPeriod(
                id: id, deadline: change.deadline, isOpen: change.isOpen, by: try req.account.username, at: settings.now())
            return req.redirect(to: SiteRoute.periods.path, redirectType: .normal)
        }
    }

    private func page(_ req: Request, errors: [String], fields: OpenPeriodForm, status: HTTPResponseStatus)
        async throws -> Response
    {
        let page = PeriodsPage(
            periods: try await store.reportingPeriods(), plans: try await store.planSummaries(),
            canSetUp: Policy.allows(try req.account, .setUp), errors: errors, fields: fields)
        return HTMLResponse.render(page.view(), status: status)
    }
}
