import Foundation
import KTXHStorage
import Vapor

/// Registers the site's routes and error pages on `app`. Uploaded files wait in `uploads` until confirmed.
public func configure(
    _ app: Application, store: Store,
    uploads: URL = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-uploads")
) {
    app.middleware = Middlewares()
    app.middleware.use(ErrorPageMiddleware())
    let plans = PlanController(store: store)
    app.get(use: plans.index)
    app.get("plans", ":planID", use: plans.show)
    app.get("plans", ":planID", "progress", ":period", use: plans.progress)
    let documents = DocumentController(store: store)
    for download in SiteRoute.Download.allCases {
        app.get("plans", ":planID", "progress", ":period", .constant(download.rawValue)) {
            try await documents.progress($0, download)
        }
        app.get("plans", ":planID", .constant(download.rawValue)) { try await documents.plan($0, download) }
    }
    app.get("plans", ":planID", "progress", ":period", "draft.docx", use: documents.draft)
    let imports = ImportController(store: store, uploads: uploads)
    app.get("import", use: imports.form)
    app.on(.POST, "import", body: .collect(maxSize: "25mb"), use: imports.upload)
    app.on(.POST, "import", ":token", "confirm", use: imports.confirm)
    app.get("assets", "app.css") { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.cacheControl = .init(maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
    app.get("healthz") { _ in "ok" }
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
