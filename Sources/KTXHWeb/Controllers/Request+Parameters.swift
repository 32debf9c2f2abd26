import KTXHCore
import Vapor

/// The route parameters every plan page reads, checked once: a bad one is a 400 with a Vietnamese reason.
extension Request {
    func planID() throws -> Int64 {
        let text = parameters.get("planID") ?? ""
        guard let id = Int64(text) else { throw Abort(.badRequest, reason: "Mã kế hoạch «\(text)» không hợp lệ.") }
        return id
    }

    func period() throws -> Period {
        let text = parameters.get("period") ?? ""
        guard let period = Period(text) else {
            throw Abort(.badRequest, reason: "Kỳ báo cáo «\(text)» không hợp lệ (ví dụ: 2024-H1, 2024-9M, 2024).")
        }
        return period
    }
}
