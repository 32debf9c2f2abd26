import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Queries the store and builds the view-models; views never see the database.
struct PlanController {
    let store: Store
    let rollUps: RollUpCache
    let settings: WebSettings

    /// Sao chép sang năm sau: the new plan's page, or 409 with the reason (a plan for that year already there).
    func copy(_ req: Request) async throws -> Response {
        do {
            let id = try await PlanCopy.nextYear(
                store: store, planID: try req.planID(), by: try req.account.username, at: settings.now())
            return req.redirect(to: SiteRoute.plan(id: id).path, redirectType: .normal)
        } catch let refusal as PlanCopy.Refusal {
            throw Abort(.conflict, reason: refusal.message)
        }
    }

    /// A page of the plan list (`?trang=2`), searched by unit, title or key (`?q=…`) without regard to accents.
    func index(_ req: Request) async throws -> Response {
        let search = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let wanted = PlanListPage.searchKey(search)
        let page = max(1, req.query[Int.self, at: "trang"] ?? 1)
        let size = PlanListPage.pageSize
        let matches: @Sendable (PlanSummary) -> Bool = { plan in
            PlanListPage.searchKey("\(plan.unitName) \(plan.unitCode) \(plan.title) \(plan.key)").contains(wanted)
        }
        let found = try await store.planSummaries(
            offset: (page - 1) * size, limit: size, including: wanted.isEmpty ? nil : matches)
        return HTMLResponse.render(PlanListPage(plans: found.plans, total: found.total, page: page, search: search).view())
    }

    func show(_ req: Request) async throws -> Response {
        let saved = req.query[String.self, at: "da-luu"].map { "Đã lưu chỉ tiêu «\($0)»." }
        let removed = req.query[String.self, at: "da-bo"].map { "Đã bỏ chỉ tiêu «\($0)» khỏi kế hoạch; số liệu đã nhập vẫn giữ." }
        return try await page(req, editor: PlanShowPage.TargetEditor(notice: saved ?? removed))
    }

    /// Đặt chỉ tiêu: `intent=preview` shows how the typed target is read; `intent=save` saves it.
    func setTarget(_ req: Request) async throws -> Response {
        let id = try req.planID()
        let code = (try? req.content.get(String.self, at: "indicator")) ?? ""
        let text = (try? req.content.get(String.self, at: "text")) ?? ""
        let new = PlanTargetEdit.NewIndicator(
            name: (try? req.content.get(String.self, at: "newName")) ?? "",
            unit: (try? req.content.get(String.self, at: "newUnit")) ?? "")
        var editor = PlanShowPage.TargetEditor(indicator: code, text: text, newName: new.name, newUnit: new.unit)
        let intent = (try? req.content.get(String.self, at: "intent")) ?? ""
        do {
            // Bỏ chỉ tiêu: asked, shown back for confirmation, then done.
            if intent == "remove" {
                let name = try await store.indicators()[code]?.name ?? code
                editor.removing = (code, name)
                return try await page(req, editor: editor)
            }
            if intent == "remove-confirm" {
                let name = try await PlanTargetEdit.remove(
                    store: store, planID: id, indicatorCode: code, by: try req.account.username, at: settings.now())
                let query = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return req.redirect(to: SiteRoute.plan(id: id).path + "?da-bo=" + query, redirectType: .normal)
            }
            if intent == "save" {
                let indicator = try await PlanTargetEdit.save(
                    store: store, planID: id, indicatorCode: code, new: new, text: text, by: try req.account.username,
                    at: settings.now())
                let query = indicator.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return req.redirect(to: SiteRoute.plan(id: id).path + "?da-luu=" + query, redirectType: .normal)
            }
            let proposal = try await PlanTargetEdit.proposal(
                store: store, planID: id, indicatorCode: code, new: new, text: text)
            editor.understood =
                "«\(text.trimmingCharacters(in: .whitespaces))» được hiểu là: "
                + "\(PlanShowPage.describe(proposal.expression)) \(proposal.indicator.unitOfMeasure)"
                + (proposal.added.map { " (chỉ tiêu mới «\($0.name)» sẽ được thêm vào danh mục)" } ?? "")
            return try await page(req, editor: editor)
        } catch let refusal as PlanCopy.Refusal {
            editor.problem = refusal.message
            return try await page(req, editor: editor, status: .unprocessableEntity)
        }
    }

    private func page(_ req: Request, editor: PlanShowPage.TargetEditor, status: HTTPResponseStatus = .ok) async throws
        -> Response
    {
        let id = try req.planID()
        guard let document = try await store.planDocument(id: id) else { throw notFound("kế hoạch") }
        async let catalogue = store.indicators()
        async let unit = store.unit(code: document.plan.unitCode)
        let periods = try await store.periodsWithData(planID: id, term: document.plan.term)
        let indicators = try await catalogue
        var page = PlanShowPage(document: document, unit: try await unit, indicators: indicators, periods: periods)
        page.publication = try await store.isPublic(planID: id)
        var editor = editor
        editor.options = indicators.values.sorted { $0.name < $1.name }.map {
            SelectField.Option(
                value: $0.code, text: $0.unitOfMeasure.isEmpty ? $0.name : "\($0.name) (\($0.unitOfMeasure))",
                selected: $0.code == editor.indicator)
        }
        editor.removable = document.targets.compactMap { target in
            indicators[target.indicatorCode].map { SelectField.Option(value: $0.code, text: $0.name, selected: false) }
        }
        page.editor = editor
        return HTMLResponse.render(page.view(), status: status)
    }

    func progress(_ req: Request) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        guard let table = try await store.progressTable(planID: id, period: period) else {
            throw notFound("kế hoạch")
        }
        let periods = try await store.periodsWithData(planID: id, term: table.plan.term)
        return HTMLResponse.render(ProgressShowPage(table: table, periods: periods).view())
    }

    /// The plan's table computed from the figures of the communes under its unit.
    func rollUp(_ req: Request) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        guard let result = try await RollUpWorkflow.progressTable(store: store, cache: rollUps, planID: id, period: period) else {
            throw notFound("kế hoạch")
        }
        var page = ProgressShowPage(table: result.table, periods: [])
        let count = result.communes.count
        page.heading = "Tổng hợp từ \(count) xã, phường: " + page.heading
        // The documents and the dashboard are of the plan's own table, not this one.
        page.downloads = []
        page.dashboardLink = nil
        page.rows = zip(result.table.rows, page.rows).map { source, row in
            guard case .indicator(let item) = source, let missing = result.missing[item.indicator.code] else { return row }
            var row = row
            row.notes.append(
                missing.count == count
                    ? "Chưa báo cáo: cả \(count) đơn vị"
                    : "Chưa báo cáo: \(missing.count)/\(count) đơn vị (\(missing.prefix(5).joined(separator: ", "))"
                        + (missing.count > 5 ? "…)" : ")"))
            return row
        }
        return HTMLResponse.render(page.view())
    }

    private func notFound(_ what: String) -> Abort {
        Abort(.notFound, reason: "Không tìm thấy \(what).")
    }
}
