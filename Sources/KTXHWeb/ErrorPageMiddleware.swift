import KTXHStorage
import Vapor

/// Errors become a Vietnamese page (or, under `/api/`, a problem+json) with the right status, never a stack trace.
/// An error that is none of ours is asked one question: does the database still answer? When it does not (PostgreSQL
/// restarting, a SQLite file gone), the answer is 503 and says so; the request may be tried again, and the next one
/// succeeds once the database is back, without restarting ktxh.
struct ErrorPageMiddleware: AsyncMiddleware {
    let store: Store

    static let databaseDown = Abort(
        .serviceUnavailable, reason: "Không kết nối được cơ sở dữ liệu; chưa có gì được lưu. Vui lòng thử lại sau ít phút.")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let known = error is any AbortError || error is DecodingError
            var shown: any Error = error
            if !known {
                request.logger.report(error: error)
                if let explained = StorageError.explaining(error) {
                    let status: HTTPResponseStatus = explained.condition == .full ? .insufficientStorage : .serviceUnavailable
                    shown = Abort(status, reason: explained.error.message)
                } else if (try? await store.ping()) == nil {
                    shown = Self.databaseDown
                }
            }
            if SiteRoute.isAPI(path: request.url.path) { return ApiProblem.response(for: shown, request: request) }
            if let abort = shown as? any AbortError {
                return HTMLResponse.render(ErrorPage(status: abort.status, message: abort.reason).view(), status: abort.status)
            }
            return HTMLResponse.render(
                ErrorPage(status: .internalServerError, message: "Đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại.").view(),
                status: .internalServerError)
        }
    }
}
