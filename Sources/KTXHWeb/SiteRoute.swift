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
    case login
    case logout
    case password
    case accounts
    case account(id: Int64)

    public var path: String {
        switch self {
        case .home: "/"
        case .plan(let id): "/plans/\(id)"
        case .progress(let id, let period): "/plans/\(id)/progress/\(period.code)"
        case .importForm: "/import"
        case .importConfirm(let token): "/import/\(token)/confirm"
        case .stylesheet: "/assets/app.css"
        case .health: "/healthz"
        case .login: "/login"
        case .logout: "/logout"
        case .password: "/password"
        case .accounts: "/accounts"
        case .account(let id): "/accounts/\(id)"
        }
    }

    /// The route patterns Vapor registers, one per case.
    static let patterns: [String] = [
        "/", "/plans/:planID", "/plans/:planID/progress/:period", "/import", "/import/:token/confirm", "/assets/app.css",
        "/healthz",
        "/login", "/logout", "/password", "/accounts", "/accounts/:accountID",
    ]
}
