import Vapor

/// Cross-site request forgery: every form carries the session's token in `_csrf`, and a POST without the
/// same token is refused before anything runs. Cookies are SameSite=Lax as a second line.
enum CSRF {
    static let field = "_csrf"

    static func verify(_ request: Request) throws {
        guard let expected = request.signedIn?.csrfToken, let sent = token(in: request),
            SessionToken.equal(sent, expected)
        else { throw refused }
    }

    /// The token of a form post (URL-encoded or multipart) or of the X-CSRF-Token header.
    static func token(in request: Request) -> String? {
        if let header = request.headers.first(name: "X-CSRF-Token") { return header }
        return try? request.content.get(String.self, at: field)
    }

    static let refused = Abort(
        .forbidden, reason: "Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã bảo vệ). Hãy tải lại trang rồi thử lại.")
}
