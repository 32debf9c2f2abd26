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
    case criteriaSets
    case criteriaSetFile(key: String)
    case criteriaMatrix(parentCode: String, year: Int)
    case criteriaSheet(unitCode: String, year: Int)
    case roadmap(parentCode: String)
    case unit(code: String)
    case rollUp(planID: Int64, period: Period)
    case login
    case logout
    case password
    case accounts
    case account(id: Int64)
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
    case audit

    /// Tải về: the forms a report table is offered in.
    public enum Download: String, CaseIterable, Hashable, Sendable {
        case xlsx = "download.xlsx"
        case docx = "download.docx"
        /// The print-ready HTML page.
        case print = "print"
    }

    public var path: String {
        switch self {
        case .home: "/"
        case .plan(let id): "/plans/\(id)"
        case .progress(let id, let period): "/plans/\(id)/progress/\(period.code)"
        case .progressDocument(let id, let period, let download): "/plans/\(id)/progress/\(period.code)/\(download.rawValue)"
        case .draftReport(let id, let period): "/plans/\(id)/progress/\(period.code)/draft.docx"
        case .planDocument(let id, let download): "/plans/\(id)/\(download.rawValue)"
        case .importForm: "/import"
        case .importConfirm(let token): "/import/\(token)/confirm"
        case .stylesheet: "/assets/app.css"
        case .health: "/healthz"
        case .criteriaSets: "/criteria"
        case .criteriaSetFile(let key): "/criteria/sets/\(key).yaml"
        case .criteriaMatrix(let parent, let year): "/criteria/matrix/\(parent)/\(year)"
        case .criteriaSheet(let unit, let year): "/criteria/units/\(unit)/\(year)"
        case .roadmap(let parent): "/criteria/roadmap/\(parent)"
        case .unit(let code): "/units/\(code)"
        case .rollUp(let id, let period): "/plans/\(id)/rollup/\(period.code)"
        case .login: "/login"
        case .logout: "/logout"
        case .password: "/password"
        case .accounts: "/accounts"
        case .account(let id): "/accounts/\(id)"
        case .script: "/assets/entry.js"
        case .myWork: "/entry"
        case .entry(let id, let body): "/entry/\(id)/\(body)"
        case .entryReview(let id, let body): "/entry/\(id)/\(body)/review"
        case .entryReopen(let id, let body): "/entry/\(id)/\(body)/reopen"
        case .entryEvaluate(let id, let body): "/entry/\(id)/\(body)/evaluate"
        case .figureHistory(let id, let body, let indicator): "/entry/\(id)/\(body)/figures/\(indicator)"
        case .board: "/board"
        case .boardApprove: "/board/approve"
        case .periods: "/periods"
        case .period(let id): "/periods/\(id)"
        case .assignments(let id): "/plans/\(id)/assignments"
        case .audit: "/audit"
        }
    }

    /// The route patterns Vapor registers, one per case.
    static let patterns: [String] =
        [
            "/", "/plans/:planID", "/plans/:planID/progress/:period", "/import", "/import/:token/confirm", "/assets/app.css",
            "/healthz", "/criteria", "/criteria/sets/:file", "/criteria/matrix/:parent/:year", "/criteria/units/:unit/:year",
            "/criteria/roadmap/:parent", "/units/:code", "/plans/:planID/rollup/:period",
            "/login", "/logout", "/password", "/accounts", "/accounts/:accountID", "/assets/entry.js", "/entry",
            "/entry/:periodID/:body", "/entry/:periodID/:body/review", "/entry/:periodID/:body/reopen",
            "/entry/:periodID/:body/evaluate", "/entry/:periodID/:body/figures/:indicator", "/board", "/board/approve",
            "/periods", "/periods/:periodID", "/plans/:planID/assignments", "/audit",
        ]
        + Download.allCases.map { "/plans/:planID/progress/:period/\($0.rawValue)" }
        + ["/plans/:planID/progress/:period/draft.docx"]
        + Download.allCases.map { "/plans/:planID/\($0.rawValue)" }
}
