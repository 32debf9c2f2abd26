import KTXHCore

/// Every page of the site: used both to register a route and to build its links.
public enum SiteRoute: Hashable, Sendable {
    case home
    case plan(id: Int64)
    case progress(planID: Int64, period: Period)
    /// The progress table as a file or a print view.
    case progressDocument(planID: Int64, period: Period, Download)
    /// The draft report (DOCX) of a plan's progress in a period.
    case draftReport(planID: Int64, period: Period)
    /// The plan's appendix table as a file or a print view.
    case planDocument(id: Int64, Download)
    case importForm
    case importConfirm(token: String)
    case stylesheet
    case health
    /// Số đo vận hành in Prometheus's text format.
    case metrics
    case criteriaSets
    case criteriaSetFile(key: String)
    case criteriaMatrix(parentCode: String, year: Int)
    case criteriaSheet(unitCode: String, year: Int)
    case roadmap(parentCode: String)
    case unit(code: String)
    case rollUp(planID: Int64, period: Period)
    /// Bảng điều hành: a plan's standing in a period at a glance, with its filters and charts.
    case dashboard(planID: Int64, period: Period)
    /// One indicator of the dashboard, opened: its parts, past years, communes and giải trình.
    case dashboardIndicator(planID: Int64, period: Period, indicator: String)
    /// A chart of the dashboard (`danh-gia.svg`, `so-voi-ke-hoach.png`) or of one indicator (`cac-nam.svg`).
    case dashboardChart(planID: Int64, period: Period, file: String)
    case indicatorChart(planID: Int64, period: Period, indicator: String, file: String)
    /// So sánh các xã, phường: the communes of the plan's unit on one indicator (`?chi-tieu=`).
    case communes(planID: Int64, period: Period)
    /// Cảnh báo sớm of a plan and period.
    case warnings(planID: Int64, period: Period)
    /// Trang công khai: a public plan's dashboard for anyone, without login.
    case publicPlan(planID: Int64, period: Period)
    /// A public page's chart: "danh-gia.svg", "so-voi-ke-hoach.png".
    case publicChart(planID: Int64, period: Period, file: String)
    /// Turns a plan's public page on or off.
    case planPublication(id: Int64)
    /// Copies a year's plan as the start of the next year's.
    case planCopy(id: Int64)
    /// Sets one target of a plan as typed, after showing how it is read.
    case planTarget(id: Int64)
    case login
    case logout
    case password
    case accounts
    case account(id: Int64)
    /// Khóa API of an account: make one, revoke one.
    case accountTokens(id: Int64)
    case script
    case myWork
    case entry(periodID: Int64, body: String)
    case entryReview(periodID: Int64, body: String)
    case entryReopen(periodID: Int64, body: String)
    case entryEvaluate(periodID: Int64, body: String)
    case figureHistory(periodID: Int64, body: String, indicator: String)
    case board
    case boardApprove
    case periods
    case period(id: Int64)
    case assignments(planID: Int64)
    /// Nhiệm vụ of a plan: the list with where each stands, and proposing them from the resolution's text.
    case planTasks(planID: Int64)
    /// One task: its reports, its audit; a body reports on it here.
    case task(planID: Int64, taskID: Int64)
    /// Assigns a task: lead, partners, deadline.
    case taskAssign(planID: Int64, taskID: Int64)
    /// Biểu theo dõi nhiệm vụ as a file or a print view.
    case taskDocument(planID: Int64, Download)
    /// A file attached to a task's report.
    case taskAttachment(planID: Int64, taskID: Int64, reportID: Int64)
    case audit
    /// `/api/v1` for other systems (docs/api.md): the OpenAPI document, then one case per resource.
    case apiDocument
    case apiPlans
    case apiPlan(id: Int64)
    case apiProgress(planID: Int64, period: Period)
    /// A plan's tasks with where each stands today.
    case apiTasks(planID: Int64)
    case apiUnit(code: String)
    case apiCriteria(unitCode: String, year: Int)
    /// The entry forms open to the token's account.
    case apiForms
    /// A body's figures in a reporting period: read them, or save them (and send them for review).
    case apiFigures(periodID: Int64, body: String)
    case apiApprove(periodID: Int64, body: String)
    /// A file to import: read and reviewed, nothing saved; then applied by its token.
    case apiImports
    case apiImportApply(token: String)

    /// Tải về: the forms a report table is offered in.
    public enum Download: String, CaseIterable, Hashable, Sendable {
        case xlsx = "download.xlsx"
        case docx = "download.docx"
        /// The print-ready HTML page.
        case print = "print"
    }

    /// The named values a path carries, as routes are registered and controllers read them.
    enum Parameter: String, Sendable {
        case planID, period, token, file, parent, year, unit, code, accountID, periodID, body, indicator, taskID, reportID
    }

    /// A piece of a path: a fixed word, or a parameter's value.
    enum Segment: Sendable, ExpressibleByStringLiteral {
        case word(String)
        case value(Parameter, String)

        init(stringLiteral word: String) { self = .word(word) }

        static func value(_ parameter: Parameter, _ number: Int64) -> Segment { .value(parameter, String(number)) }
        static func value(_ parameter: Parameter, _ period: Period) -> Segment { .value(parameter, period.code) }

        var text: String {
            switch self {
            case .word(let word): word
            case .value(_, let value): value
            }
        }

        /// As Vapor registers it: ":planID" for a parameter.
        var pattern: String {
            switch self {
            case .word(let word): word
            case .value(let parameter, _): ":" + parameter.rawValue
            }
        }
    }

    /// The one place each path is written; links, registration and the authorization test derive from it.
    var segments: [Segment] {
        switch self {
        case .home: []
        case .plan(let id): ["plans", .value(.planID, id)]
        case .progress(let id, let period): ["plans", .value(.planID, id), "progress", .value(.period, period)]
        case .progressDocument(let id, let period, let download):
            SiteRoute.progress(planID: id, period: period).segments + [.word(download.rawValue)]
        case .draftReport(let id, let period): SiteRoute.progress(planID: id, period: period).segments + ["draft.docx"]
        case .planDocument(let id, let download): ["plans", .value(.planID, id), .word(download.rawValue)]
        case .importForm: ["import"]
        case .importConfirm(let token): ["import", .value(.token, token), "confirm"]
        case .stylesheet: ["assets", "app.css"]
        case .health: ["healthz"]
        case .metrics: ["metrics"]
        case .criteriaSets: ["criteria"]
        case .criteriaSetFile(let key): ["criteria", "sets", .value(.file, key + ".yaml")]
        case .criteriaMatrix(let parent, let year): ["criteria", "matrix", .value(.parent, parent), .value(.year, String(year))]
        case .criteriaSheet(let unit, let year): ["criteria", "units", .value(.unit, unit), .value(.year, String(year))]
        case .roadmap(let parent): ["criteria", "roadmap", .value(.parent, parent)]
        case .unit(let code): ["units", .value(.code, code)]
        case .rollUp(let id, let period): ["plans", .value(.planID, id), "rollup", .value(.period, period)]
        case .dashboard(let id, let period): ["plans", .value(.planID, id), "dashboard", .value(.period, period)]
        case .dashboardIndicator(let id, let period, let code):
            SiteRoute.dashboard(planID: id, period: period).segments + ["indicators", .value(.indicator, code)]
        case .dashboardChart(let id, let period, let file):
            SiteRoute.dashboard(planID: id, period: period).segments + ["charts", .value(.file, file)]
        case .indicatorChart(let id, let period, let code, let file):
            SiteRoute.dashboardIndicator(planID: id, period: period, indicator: code).segments + [.value(.file, file)]
        case .communes(let id, let period): ["plans", .value(.planID, id), "communes", .value(.period, period)]
        case .warnings(let id, let period): ["plans", .value(.planID, id), "canh-bao", .value(.period, period)]
        case .publicPlan(let id, let period): ["cong-khai", .value(.planID, id), .value(.period, period)]
        case .publicChart(let id, let period, let file):
            SiteRoute.publicPlan(planID: id, period: period).segments + ["charts", .value(.file, file)]
        case .planPublication(let id): ["plans", .value(.planID, id), "public"]
        case .planCopy(let id): ["plans", .value(.planID, id), "copy"]
        case .planTarget(let id): ["plans", .value(.planID, id), "targets"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .password: ["password"]
        case .accounts: ["accounts"]
        case .account(let id): ["accounts", .value(.accountID, id)]
        case .accountTokens(let id): ["accounts", .value(.accountID, id), "api-tokens"]
        case .script: ["assets", "entry.js"]
        case .myWork: ["entry"]
        case .entry(let id, let body): ["entry", .value(.periodID, id), .value(.body, body)]
        case .entryReview(let id, let body): SiteRoute.entry(periodID: id, body: body).segments + ["review"]
        case .entryReopen(let id, let body): SiteRoute.entry(periodID: id, body: body).segments + ["reopen"]
        case .entryEvaluate(let id, let body): SiteRoute.entry(periodID: id, body: body).segments + ["evaluate"]
        case .figureHistory(let id, let body, let indicator):
            SiteRoute.entry(periodID: id, body: body).segments + ["figures", .value(.indicator, indicator)]
        case .board: ["board"]
        case .boardApprove: ["board", "approve"]
        case .periods: ["periods"]
        case .period(let id): ["periods", .value(.periodID, id)]
        case .assignments(let id): ["plans", .value(.planID, id), "assignments"]
        case .planTasks(let id): ["plans", .value(.planID, id), "tasks"]
        case .task(let id, let task): SiteRoute.planTasks(planID: id).segments + [.value(.taskID, task)]
        case .taskDocument(let id, let download): SiteRoute.planTasks(planID: id).segments + [.word(download.rawValue)]
        case .taskAssign(let id, let task): SiteRoute.task(planID: id, taskID: task).segments + ["assign"]
        case .taskAttachment(let id, let task, let report):
            SiteRoute.task(planID: id, taskID: task).segments + ["files", .value(.reportID, report)]
        case .audit: ["audit"]
        case .apiDocument: ["api", "v1", "openapi.json"]
        case .apiPlans: ["api", "v1", "plans"]
        case .apiPlan(let id): ["api", "v1", "plans", .value(.planID, id)]
        case .apiProgress(let id, let period): SiteRoute.apiPlan(id: id).segments + ["progress", .value(.period, period)]
        case .apiTasks(let id): SiteRoute.apiPlan(id: id).segments + ["tasks"]
        case .apiUnit(let code): ["api", "v1", "units", .value(.code, code)]
        case .apiCriteria(let unit, let year): ["api", "v1", "criteria", .value(.unit, unit), .value(.year, String(year))]
        case .apiForms: ["api", "v1", "entry"]
        case .apiFigures(let id, let body): ["api", "v1", "entry", .value(.periodID, id), .value(.body, body)]
        case .apiApprove(let id, let body): SiteRoute.apiFigures(periodID: id, body: body).segments + ["approve"]
        case .apiImports: ["api", "v1", "imports"]
        case .apiImportApply(let token): ["api", "v1", "imports", .value(.token, token), "apply"]
        }
    }

    public var path: String { "/" + segments.map(\.text).joined(separator: "/") }

    /// A route of `/api/v1`: bearer tokens instead of the session cookie, JSON and problem+json instead of pages.
    var isAPI: Bool { Self.isAPI(path: path) }

    static func isAPI(path: String) -> Bool { path.hasPrefix("/api/") }

    /// The path as Vapor registers it: "/plans/:planID/progress/:period".
    var pattern: String { "/" + segments.map(\.pattern).joined(separator: "/") }
}
