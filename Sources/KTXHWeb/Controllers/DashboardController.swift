import Foundation
import KTXHCore
import KTXHDocuments
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The dashboard of a plan and period, an indicator opened from it, and their charts as SVG or PNG files.
struct DashboardController {
    let store: Store
    let settings: WebSettings

    /// A public plan's dashboard: approved figures only (the progress table's), no links to pages behind the
    /// login, cacheable for five minutes; 404 for a plan that is not public.
    func publicPage(_ req: Request) async throws -> Response {
        let response = HTMLResponse.render(try await publicDashboard(req).view())
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }

    /// A public page's charts as SVG or PNG files, cacheable like the page.
    func publicChart(_ req: Request) async throws -> Response {
        let response = try await file(req, try await publicDashboard(req, pace: false).charts.map { ($0.id, $0.chart) })
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }

    private func publicDashboard(_ req: Request, pace: Bool = true) async throws -> DashboardPage {
        let (id, period) = (try req.planID(), try req.period())
        guard try await store.isPublic(planID: id),
            let dashboard = try await DashboardWorkflow.dashboard(store: store, planID: id, period: period, pace: pace)
        else { throw Abort(.notFound, reason: "Kế hoạch này không có trang công khai.") }
        var page = DashboardPage(dashboard, filter: Dashboard.Filter())
        page.makePublic(planID: id, period: period)
        return page
    }

    /// Công khai / thôi công khai: the plan page's switch, for planners.
    func setPublic(_ req: Request) async throws -> Response {
        let id = try req.planID()
        let on = (try? req.content.get(String.self, at: "public")) == "1"
        guard try await store.setPublic(planID: id, on, by: try req.account.username, at: settings.now()) else {
            throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.")
        }
        return req.redirect(to: SiteRoute.plan(id: id).path, redirectType: .normal)
    }

    /// Cảnh báo sớm: the indicators at risk or behind, who owes figures, unusual changes.
    func warnings(_ req: Request) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        guard let report = try await EarlyWarnings.report(store: store, planID: id, period: period) else {
            throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.")
        }
        return HTMLResponse.render(WarningsPage(report).view())
    }

    func show(_ req: Request) async throws -> Response {
        let (dashboard, filter) = try await load(req)
        return HTMLResponse.render(DashboardPage(dashboard, filter: filter).view())
    }

    func indicator(_ req: Request) async throws -> Response {
        HTMLResponse.render(IndicatorPage(try await detail(req)).view())
    }

    func communes(_ req: Request) async throws -> Response {
        var page = try await communesPage(req)
        page.notice = req.query[Int.self, at: "da-giao"].map { "Đã giao chỉ tiêu cho \($0) xã, phường." }
        return HTMLResponse.render(page.view())
    }

    /// Giao chỉ tiêu cho xã: the targets typed for the communes saved together, or the page again with what was
    /// typed and why it was refused.
    func giveCommuneTargets(_ req: Request) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        let fields = try req.content.decode([String: String].self)
        let code = fields["chi-tieu"] ?? ""
        let typed = fields.reduce(into: [String: String]()) { typed, field in
            if field.key.hasPrefix("giao-") { typed[String(field.key.dropFirst(5))] = field.value }
        }
        do {
            let count = try await CommuneTargets.save(
                store: store, planID: id, period: period, indicatorCode: code, typed: typed, by: try req.account.username,
                at: settings.now())
            let query = "?chi-tieu=\(code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&da-giao=\(count)"
            return req.redirect(to: SiteRoute.communes(planID: id, period: period).path + query, redirectType: .normal)
        } catch let refusal as PlanCopy.Refusal {
            var page = try await communesPage(req, code: code)
            page.typed = typed
            page.problem = refusal.message
            return HTMLResponse.render(page.view(), status: .unprocessableEntity)
        }
    }

    private func communesPage(_ req: Request, code: String? = nil) async throws -> CommunesPage {
        let (id, period) = (try req.planID(), try req.period())
        let code = code ?? req.query[String.self, at: "chi-tieu"].flatMap { $0.isEmpty ? nil : $0 }
        guard let found = try await DashboardWorkflow.communes(store: store, planID: id, period: period, code: code) else {
            throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.")
        }
        let unitName = try await store.unit(code: found.plan.plan.unitCode)?.name ?? found.plan.plan.unitCode
        return CommunesPage(found.comparison, indicators: found.indicators, plan: found.plan, unitName: unitName, period: period)
    }

    func chart(_ req: Request) async throws -> Response {
        let (dashboard, filter) = try await load(req, pace: false)
        let page = DashboardPage(dashboard, filter: filter)
        return try await file(req, page.charts.map { ($0.id, $0.chart) })
    }

    func indicatorChart(_ req: Request) async throws -> Response {
        try await file(req, IndicatorPage.charts(try await detail(req)))
    }

    private func load(_ req: Request, pace: Bool = true) async throws -> (Dashboard, Dashboard.Filter) {
        let (id, period) = (try req.planID(), try req.period())
        guard let dashboard = try await DashboardWorkflow.dashboard(store: store, planID: id, period: period, pace: pace)
        else {
            throw Abort(.notFound, reason: "Không tìm thấy kế hoạch.")
        }
        func chosen(_ name: String) -> String? {
            req.query[String.self, at: name].flatMap { $0.isEmpty ? nil : $0 }
        }
        let label = try chosen("danh-gia").map { text in
            guard let label = EvaluationLabel(rawValue: text) else {
                throw Abort(.badRequest, reason: "Mức đánh giá «\(text)» không có.")
            }
            return label
        }
        return (dashboard, Dashboard.Filter(section: chosen("muc"), body: chosen("don-vi"), label: label))
    }

    private func detail(_ req: Request) async throws -> DashboardWorkflow.IndicatorDetail {
        let (id, period) = (try req.planID(), try req.period())
        let code = req.parameter(.indicator)
        guard
            let detail = try await DashboardWorkflow.indicator(store: store, planID: id, period: period, code: code)
        else { throw Abort(.notFound, reason: "Kế hoạch không có chỉ tiêu «\(code)» được đánh giá.") }
        return detail
    }

    /// `name.svg` or `name.png` among `charts`.
    private func file(_ req: Request, _ charts: [(name: String, chart: BarChart)]) async throws -> Response {
        let file = req.parameter(.file)
        let name = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        guard let chart = charts.first(where: { $0.name == name })?.chart, ext == "svg" || ext == "png" else {
            throw Abort(.notFound, reason: "Không có biểu đồ «\(file)».")
        }
        let svg = chart.svg(id: name)
        let headers: HTTPHeaders = ["Content-Disposition": "attachment; filename=\"\(file)\""]
        guard ext == "png" else {
            let response = Response(status: .ok, headers: headers, body: .init(string: svg))
            response.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
            return response
        }
        do {
            let png = try await NIOThreadPool.singleton.runIfActive { try ChartImage.png(svg) }
            let response = Response(status: .ok, headers: headers, body: .init(data: png))
            response.headers.contentType = .png
            return response
        } catch let unavailable as ChartImage.Unavailable {
            throw Abort(.serviceUnavailable, reason: unavailable.description)
        }
    }
}
