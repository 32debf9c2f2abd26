import Foundation
import KTXHWorkflows
import Vapor

/// Lỗi của API: an error as `application/problem+json` (RFC 9457), its `detail` in Vietnamese, naming the field and
/// the value where there is one. A conflict carries the figure as it now stands, so a client can decide again.
struct ApiProblem: AbortError {
    var status: HTTPResponseStatus
    var reason: String
    /// Further members of the problem: `current` for a conflict, `errors` for a refused write.
    var members: [String: any Sendable] = [:]

    static let unauthorized = ApiProblem(
        status: .unauthorized,
        reason: "Thiếu khóa API hoặc khóa không còn hiệu lực: gửi tiêu đề «Authorization: Bearer KHÓA» (ktxh token create).")

    /// The problem `error` is, as a response: a 500 says nothing of its cause, which goes to the log.
    static func response(for error: any Error, request: Request) -> Response {
        let problem: ApiProblem
        if let known = error as? ApiProblem {
            problem = known
        } else if let abort = error as? any AbortError {
            problem = ApiProblem(status: abort.status, reason: abort.reason)
        } else if let decoding = error as? DecodingError {
            problem = ApiProblem(status: .badRequest, reason: "Nội dung JSON không đúng: \(Self.describe(decoding)).")
        } else {
            problem = ApiProblem(status: .internalServerError, reason: "Đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại.")
        }
        var object: [String: Any] = [
            "type": "about:blank", "title": Self.title(problem.status), "status": Int(problem.status.code),
            "detail": problem.reason,
        ]
        for (key, value) in problem.members { object[key] = JSONText.serializable(value) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json; charset=utf-8")
        if problem.status == .unauthorized { headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Bearer realm="ktxh""#) }
        return Response(status: problem.status, headers: headers, body: .init(string: JSONText.encode(object)))
    }

    static func title(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "Yêu cầu không hợp lệ"
        case 401: "Chưa xác thực"
        case 403: "Không có quyền"
        case 404: "Không tìm thấy"
        case 405: "Phương thức không được hỗ trợ"
        case 409: "Xung đột"
        case 413: "Tệp quá lớn"
        case 415: "Kiểu nội dung không được hỗ trợ"
        case 422: "Dữ liệu không hợp lệ"
        case 503: "Dịch vụ tạm ngừng"
        case 507: "Hết dung lượng lưu trữ"
        default: status.code >= 500 ? "Lỗi máy chủ" : "Lỗi"
        }
    }

    /// Where a JSON body went wrong, in Vietnamese: the member's path and what was expected there.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty
                ? "toàn bộ nội dung"
                : "«" + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") + "»"
        }
        switch error {
        case .keyNotFound(let key, let context): return "thiếu trường \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "trường \(path(context.codingPath)) sai kiểu"
        case .dataCorrupted(let context): return "\(path(context.codingPath)) không đọc được"
        @unknown default: return "không đọc được"
        }
    }
}

/// A JSON answer of the API.
enum ApiResponse {
    static func json(_ object: [String: Any], status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: status, headers: headers, body: .init(string: JSONText.encode(object)))
    }

    /// A request's JSON body as `T`; a body that is not JSON or not `T` is a 400 naming what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) throws -> T {
        guard let buffer = request.body.data, buffer.readableBytes > 0 else {
            throw ApiProblem(status: .badRequest, reason: "Yêu cầu cần nội dung JSON.")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw ApiProblem(status: .badRequest, reason: "Nội dung JSON không đúng: \(ApiProblem.describe(error)).")
        }
    }
}
