import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// A plan's assignments: shown to readers, changed by the planning office (each change audited).
struct AssignmentsController {
    let store: Store
    let settings: WebSettings

    func show(_ req: Request) async throws -> Response {
        let (plan, rows, departments) = try await load(req)
        let page = AssignmentsPage(
            planTitle: plan.title, planLink: SiteRoute.plan(id: plan.id).path, unitName: plan.unitName, rows: rows,
            departments: departments, canSetUp: Policy.allows(try req.account, .setUp),
            notice: req.query[Int.self, at: "changed"].map { "Đã lưu \($0) thay đổi phân công." })
        return HTMLResponse.render(page.view())
    }

    func save(_ req: Request) async throws -> Response {
        let (plan, rows, departments) = try await load(req)
        let form = try req.content.decode([String: String].self)
        let known = Set(rows.map(\.code))
        var changes: [String: String?] = [:]
        var index = 0
        while let code = form["a\(index)_code"] {
            let department = (form["a\(index)_department"] ?? "").trimmingCharacters(in: .whitespaces)
            guard known.contains(code) else { throw Abort(.badRequest, reason: "Chỉ tiêu «\(code)» không có trong kế hoạch.") }
            guard department.isEmpty || departments.contains(department) else {
                throw Abort(.badRequest, reason: "Đơn vị «\(department)» không có trong danh sách.")
            }
            changes[code] = department.isEmpty ? .some(nil) : department
            index += 1
        }
        let changed = try await store.assign(planID: plan.id, changes, by: try req.account.username, at: settings.now())
        return req.redirect(to: SiteRoute.assignments(planID: plan.id).path + "?changed=\(changed)", redirectType: .normal)
    }

    private func load(_ req: Request) async throws -> (PlanSummary, [AssignmentsPage.Row], [String]) {
        guard let id = Int64(req.parameter(.planID)),
            let plan = try await store.planSummaries().first(where: { $0.id == id }),
            let document = try await store.planDocument(id: id)
        else { throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.") }
        let catalogue = try await store.indicators()
        let targets = Dictionary(document.targets.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try await store.assignments(planID: id).enumerated().map { index, assignment in
            AssignmentsPage.Row(
                index: index, code: assignment.indicatorCode, number: targets[assignment.indicatorCode]?.label ?? "",
                name: catalogue[assignment.indicatorCode]?.name ?? assignment.indicatorCode,
                department: assignment.body.department ?? "", isExplicit: assignment.isExplicit)
        }
        let departments = Set(catalogue.values.compactMap(\.department) + rows.map(\.department).filter { !$0.isEmpty })
        return (plan, rows, departments.sorted())
    }
}
