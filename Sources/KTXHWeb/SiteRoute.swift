import KTXHCore

/// Every page of the site: used both to register a route and to build its links.
public enum SiteRoute: Hashable, Sendable {
    case home
    case plan(id: Int64)
    case progress(planID: Int64, period: Period)
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

    public var path: String {
        switch self {
        case .home: "/"
        case .plan(let id): "/plans/\(id)"
        case .progress(let id, let period): "/plans/\(id)/progress/\(period.code)"
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
        }
    }

    /// The route patterns Vapor registers, one per case.
    static let patterns: [String] = [
        "/", "/plans/:planID", "/plans/:planID/progress/:period", "/import", "/import/:token/confirm", "/assets/app.css",
        "/healthz", "/criteria", "/criteria/sets/:file", "/criteria/matrix/:parent/:year", "/criteria/units/:unit/:year",
        "/criteria/roadmap/:parent", "/units/:code", "/plans/:planID/rollup/:period",
    ]
}
