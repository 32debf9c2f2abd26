import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// A plan's assignments: shown to readers, changed by the planning office (each change audited).
struct AssignmentsController {
    let store: Store
    let settings: WebSettings

    func show(_ req: Request) async throws -> Response {
        let page = try await load(req)
        return HTMLResponse.render(page.view())
    }

    func save(_ req: Request) async throws -> Response {
        let page = try await load(req)
        let changes = try req.content.decode(AssignmentsForm.self).changes(
            known: Set(page.rows.map(\.code)), departments: page.departments)
        let changed = try await store.assign(planID: page.planID, changes, by: try req.account.username, at: settings.now())
        return req.redirect(to: SiteRoute.assignments(planID: page.planID).path + "?changed=\(changed)", redirectType: .normal)
    }

    private func load(_ req: Request) async throws -> AssignmentsPage {
        guard let id = Int64(req.parameter(.planID)),
            let plan = try await store.planSummaries().first(where: { $0.id == id }),
            let document = try await store.planDocument(id: id)
        else { throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.") }
        return AssignmentsPage(
            plan: plan, document: document, assignments: try await store.assignments(planID: id),
            catalogue: try await store.indicators(), canSetUp: Policy.allows(try req.account, .setUp),
            notice: req.query[Int.self, at: "changed"].map { "Đã lưu \($0) thay đổi phân công." })
    }
}
