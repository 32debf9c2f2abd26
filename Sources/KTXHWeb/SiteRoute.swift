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
        }
    }

    /// The route patterns Vapor registers, one per case.
    static let patterns: [String] =
        [
            "/", "/plans/:planID", "/plans/:planID/progress/:period", "/import", "/import/:token/confirm",
            "/assets/app.css", "/healthz",
        ]
        + Download.allCases.map { "/plans/:planID/progress/:period/\($0.rawValue)" }
        + ["/plans/:planID/progress/:period/draft.docx"]
        + Download.allCases.map { "/plans/:planID/\($0.rawValue)" }
}
