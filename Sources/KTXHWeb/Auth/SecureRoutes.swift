import KTXHCore
import Vapor

/// Registers a route with the permission it needs. Every route of the site goes through here, so none can
/// forget its check: an anonymous request is sent to the login page, a POST without the session's CSRF
/// token is refused, and an account whose role lacks the permission gets 403. Scoped permissions
/// (`Permission.isScoped`) are checked again by the controller once it knows the reporting body.
extension RoutesBuilder {
    typealias Handler = @Sendable (Request) async throws -> Response

    /// Serves `route` with the handlers given, each under the permission `SiteRoute.access` states for its
    /// method. A handler without a rule, or a rule without a handler, is a mistake caught at start-up.
    func page(_ route: SiteRoute, get: Handler? = nil, post: Handler? = nil) {
        let access = route.access
        for (method, handler, permission) in [(HTTPMethod.GET, get, access.get), (.POST, post, access.post)] {
            switch (handler, permission) {
            case (nil, nil): continue
            case (let handler?, let permission?):
                let limit = method == .POST ? access.upload : nil
                let body = limit.map { HTTPBodyStreamStrategy.collect(maxSize: $0) } ?? .collect
                secure(method, route, permission, body: body, use: handler)
            default:
                preconditionFailure(
                    "\(method) \(route.pattern): a handler needs a rule in SiteRoute.access, and a rule a handler")
            }
        }
    }

    private func secure(
        _ method: HTTPMethod, _ page: SiteRoute, _ permission: Permission, body: HTTPBodyStreamStrategy,
        use handler: @escaping Handler
    ) {
        let path = page.pattern.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        let route = on(method, path, body: body) { request async throws -> Response in
            if permission != .anyone {
                guard let account = request.signedIn?.account else {
                    guard page.isAPI else { return Self.toLogin(request) }
                    throw ApiProblem.unauthorized
                }
                // A bearer token is never sent by a browser on its own: an API call needs no CSRF token.
                if method != .GET && method != .HEAD && !page.isAPI { try CSRF.verify(request) }
                // A scoped permission is checked here for the role only; the body comes later.
                let allowed =
                    permission.isScoped
                    ? Policy.roles(permission).contains(account.role) : Policy.allows(account, permission)
                guard allowed else { throw Abort(.forbidden, reason: Request.forbidden) }
            }
            return try await handler(request)
        }
        route.userInfo["permission"] = permission
        route.userInfo["page"] = page
    }

    /// 303 to the login page, coming back to the page asked for when it was a GET.
    static func toLogin(_ request: Request) -> Response {
        let back = request.method == .GET ? request.url.string : SiteRoute.home.path
        let query = URLComponents.query(next: back)
        return request.redirect(to: SiteRoute.login.path + query, redirectType: .normal)
    }
}

extension URLComponents {
    static func query(next: String) -> String {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "next", value: next)]
        return components.percentEncodedQuery.map { "?" + $0 } ?? ""
    }
}
