import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Registers the site's routes and error pages on `app`. Uploaded files wait in `uploads` until confirmed.
/// Every route goes through `page`, which serves it under the permission `SiteRoute.access` states (docs/web.md).
public func configure(
    _ app: Application, store: Store,
    uploads: URL = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-uploads"),
    settings: WebSettings = WebSettings()
) {
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware(metrics: settings.metrics, settings: settings, logs: settings.logRequests))
    // Outside the session, for errors reading it; inside, so error pages show who is signed in.
    app.middleware.use(ErrorPageMiddleware(store: store))
    app.middleware.use(SessionMiddleware(store: store, settings: settings))
    app.middleware.use(ErrorPageMiddleware(store: store))
    // One per server: the roll-up pages of every request share the tables computed.
    let plans = PlanController(store: store, rollUps: RollUpCache(), settings: settings)
    app.page(.home, get: plans.index)
    app.page(.plan(id: .any), get: plans.show)
    app.page(.progress(planID: .any, period: .any), get: plans.progress)
    app.page(.rollUp(planID: .any, period: .any), get: plans.rollUp)
    let dashboards = DashboardController(store: store, settings: settings)
    app.page(.dashboard(planID: .any, period: .any), get: dashboards.show)
    app.page(.dashboardIndicator(planID: .any, period: .any, indicator: .any), get: dashboards.indicator)
    app.page(.dashboardChart(planID: .any, period: .any, file: .any), get: dashboards.chart)
    app.page(.indicatorChart(planID: .any, period: .any, indicator: .any, file: .any), get: dashboards.indicatorChart)
    app.page(.communes(planID: .any, period: .any), get: dashboards.communes, post: dashboards.giveCommuneTargets)
    app.page(.warnings(planID: .any, period: .any), get: dashboards.warnings)
    app.page(.publicPlan(planID: .any, period: .any), get: dashboards.publicPage)
    app.page(.publicChart(planID: .any, period: .any, file: .any), get: dashboards.publicChart)
    app.page(.planPublication(id: .any), post: dashboards.setPublic)
    app.page(.planCopy(id: .any), post: plans.copy)
    app.page(.planTarget(id: .any), post: plans.setTarget)
    let documents = DocumentController(store: store)
    for download in SiteRoute.Download.allCases {
        app.page(.progressDocument(planID: .any, period: .any, download)) { try await documents.progress($0, download) }
        app.page(.planDocument(id: .any, download)) { try await documents.plan($0, download) }
        app.page(.taskDocument(planID: .any, download)) {
            try await documents.tasks($0, download, today: CalendarDay(settings.now(), in: WebSettings.timeZone))
        }
    }
    app.page(.draftReport(planID: .any, period: .any)) {
        try await documents.draft($0, today: CalendarDay(settings.now(), in: WebSettings.timeZone))
    }
    let imports = ImportController(store: store, uploads: UploadFolders(root: uploads), settings: settings)
    app.page(.importForm, get: imports.form, post: imports.upload)
    app.page(.importConfirm(token: .any), post: imports.confirm)
    app.page(.stylesheet) { _ in
        Asset.response(Stylesheet.css, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
    }
    // A load balancer or a monitor asks whether this process can serve: it can when its database answers.
    app.page(.health) { request in
        do {
            try await store.ping()
            return Response(status: .ok, body: .init(string: "ok"))
        } catch {
            request.logger.warning("healthz: \(error)")
            settings.metrics.databaseUnavailable()
            return Response(status: .serviceUnavailable, body: .init(string: "Không kết nối được cơ sở dữ liệu."))
        }
    }
    app.page(.metrics) { _ in
        Asset.response(
            settings.metrics.exposition(),
            type: HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"]),
            cache: false)
    }
    registerAccessRoutes(app, store: store, settings: settings)
    registerWorkflowRoutes(app, store: store, settings: settings)
    registerCriteriaRoutes(app, store: store)
    registerApiRoutes(app, store: store, settings: settings, uploads: uploads)
}

/// `/api/v1` (docs/api.md): bearer tokens, JSON, the same permissions as the pages.
func registerApiRoutes(_ app: Application, store: Store, settings: WebSettings, uploads: URL) {
    let api = ApiController(store: store, settings: settings, uploads: UploadFolders(root: uploads))
    app.page(.apiDocument, get: api.document)
    app.page(.apiPlans, get: api.plans)
    app.page(.apiPlan(id: .any), get: api.plan)
    app.page(.apiTasks(planID: .any), get: api.tasks)
    app.page(.apiProgress(planID: .any, period: .any), get: api.progress)
    app.page(.apiUnit(code: .any), get: api.unit)
    app.page(.apiCriteria(unitCode: .any, year: .any), get: api.criteria)
    app.page(.apiForms, get: api.forms)
    app.page(.apiFigures(periodID: .any, body: .any), get: api.figures, post: api.saveFigures)
    app.page(.apiApprove(periodID: .any, body: .any), post: api.approve)
    app.page(.apiImports, post: api.importFile)
    app.page(.apiImportApply(token: .any), post: api.applyImport)
}

/// Criteria sets, the criteria matrix, a commune's sheet, the roadmap, units.
func registerCriteriaRoutes(_ app: Application, store: Store) {
    let criteria = CriteriaController(store: store)
    app.page(.criteriaSets, get: criteria.sets, post: criteria.upload)
    app.page(.criteriaSetFile(key: .any), get: criteria.file)
    app.page(.criteriaMatrix(parentCode: .any, year: .any), get: criteria.matrix)
    app.page(.criteriaSheet(unitCode: .any, year: .any), get: criteria.sheet)
    app.page(.roadmap(parentCode: .any), get: criteria.roadmap)
    app.page(.unit(code: .any), get: criteria.unit)
}

/// Signing in and out, passwords and accounts.
func registerAccessRoutes(_ app: Application, store: Store, settings: WebSettings) {
    let auth = AuthController(store: store, settings: settings)
    app.page(.login, get: auth.form, post: auth.login)
    app.page(.logout, post: auth.logout)
    app.page(.password, get: auth.passwordForm, post: auth.changePassword)
    let accounts = AccountsController(store: store, settings: settings)
    app.page(.accounts, get: accounts.index, post: accounts.create)
    app.page(.account(id: .any), get: accounts.show, post: accounts.update)
    app.page(.accountTokens(id: .any), post: accounts.changeTokens)
}

/// A static asset served by the app itself, so the site works on an intranet without internet.
enum Asset {
    static func response(_ text: String, type: HTTPMediaType, cache: Bool = true) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.cacheControl = cache ? .init(maxAge: 3600) : .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
