import Foundation
import KTXHStorage
import Vapor

/// Registers the site's routes and error pages on `app`. Uploaded files wait in `uploads` until confirmed.
/// Every route goes through `secure`, which states the permission it needs (docs/web.md lists them).
public func configure(
    _ app: Application, store: Store,
    uploads: URL = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-uploads"),
    settings: WebSettings = WebSettings()
) {
    app.middleware = Middlewares()
    // Outside the session, for errors reading it; inside, so error pages show who is signed in.
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionMiddleware(store: store, settings: settings))
    app.middleware.use(ErrorPageMiddleware())
    let plans = PlanController(store: store)
    app.secure(.GET, "/", .signedIn, use: plans.index)
    app.secure(.GET, "/plans/:planID", .signedIn, use: plans.show)
    app.secure(.GET, "/plans/:planID/progress/:period", .signedIn, use: plans.progress)
    let documents = DocumentController(store: store)
    for download in SiteRoute.Download.allCases {
        app.secure(.GET, "/plans/:planID/progress/:period/\(download.rawValue)", .signedIn) {
            try await documents.progress($0, download)
        }
        app.secure(.GET, "/plans/:planID/\(download.rawValue)", .signedIn) { try await documents.plan($0, download) }
    }
    app.secure(.GET, "/plans/:planID/progress/:period/draft.docx", .signedIn, use: documents.draft)
    let imports = ImportController(store: store, uploads: uploads)
    app.secure(.GET, "/import", .importFiles, use: imports.form)
    app.secure(.POST, "/import", .importFiles, body: .collect(maxSize: "25mb"), use: imports.upload)
    app.secure(.POST, "/import/:token/confirm", .importFiles, use: imports.confirm)
    app.secure(.GET, "/assets/app.css", .anyone) { _ in
        Asset.response(Stylesheet.css, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
    }
    app.secure(.GET, "/healthz", .anyone) { _ in Response(status: .ok, body: .init(string: "ok")) }
    registerAccessRoutes(app, store: store, settings: settings)
    registerWorkflowRoutes(app, store: store, settings: settings)
    registerCriteriaRoutes(app, store: store)
}

/// Criteria sets, the criteria matrix, a commune's sheet, the roadmap, units, a table rolled up from communes.
/// Loading a set changes how every commune is judged: a set-up task, like opening a period.
func registerCriteriaRoutes(_ app: Application, store: Store) {
    let criteria = CriteriaController(store: store)
    app.secure(.GET, "/criteria", .signedIn, use: criteria.sets)
    app.secure(.POST, "/criteria", .setUp, body: .collect(maxSize: "5mb"), use: criteria.upload)
    app.secure(.GET, "/criteria/sets/:file", .signedIn, use: criteria.file)
    app.secure(.GET, "/criteria/matrix/:parent/:year", .signedIn, use: criteria.matrix)
    app.secure(.GET, "/criteria/units/:unit/:year", .signedIn, use: criteria.sheet)
    app.secure(.GET, "/criteria/roadmap/:parent", .signedIn, use: criteria.roadmap)
    app.secure(.GET, "/units/:code", .signedIn, use: criteria.unit)
    app.secure(.GET, "/plans/:planID/rollup/:period", .signedIn, use: PlanController(store: store).rollUp)
}

/// Signing in and out, passwords and accounts.
func registerAccessRoutes(_ app: Application, store: Store, settings: WebSettings) {
    let auth = AuthController(store: store, settings: settings)
    app.secure(.GET, "/login", .anyone, use: auth.form)
    app.secure(.POST, "/login", .anyone, use: auth.login)
    app.secure(.POST, "/logout", .signedIn, use: auth.logout)
    app.secure(.GET, "/password", .signedIn, use: auth.passwordForm)
    app.secure(.POST, "/password", .signedIn, use: auth.changePassword)
    let accounts = AccountsController(store: store, settings: settings)
    app.secure(.GET, "/accounts", .manageAccounts, use: accounts.index)
    app.secure(.POST, "/accounts", .manageAccounts, use: accounts.create)
    app.secure(.GET, "/accounts/:accountID", .manageAccounts, use: accounts.show)
    app.secure(.POST, "/accounts/:accountID", .manageAccounts, use: accounts.update)
}

/// A static asset served by the app itself, so the site works on an intranet without internet.
enum Asset {
    static func response(_ text: String, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.cacheControl = .init(maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

/// Errors become a Vietnamese page with the right status, never a stack trace.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError {
            return HTMLResponse.render(ErrorPage(status: abort.status, message: abort.reason).view(), status: abort.status)
        } catch {
            request.logger.report(error: error)
            return HTMLResponse.render(
                ErrorPage(status: .internalServerError, message: "Đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại.").view(),
                status: .internalServerError)
        }
    }
}
