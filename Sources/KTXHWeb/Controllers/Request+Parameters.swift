import KTXHCore
import Vapor

/// The route parameters every plan page reads, checked once: a bad one is a 400 with a Vietnamese reason.
extension Request {
    /// A value of the path, by the name `SiteRoute` gives it; empty when the route has none.
    func parameter(_ name: SiteRoute.Parameter) -> String {
        parameters.get(name.rawValue) ?? ""
    }

    func planID() throws -> Int64 {
        let text = parameter(.planID)
        guard let id = Int64(text) else { throw Abort(.badRequest, reason: "Mã kế hoạch «\(text)» không hợp lệ.") }
        return id
    }

    /// A numeric id of the path (a task's, a report's), or a 400 naming it.
    func id(_ name: SiteRoute.Parameter, _ what: String) throws -> Int64 {
        let text = parameter(name)
        guard let id = Int64(text) else { throw Abort(.badRequest, reason: "Mã \(what) «\(text)» không hợp lệ.") }
        return id
    }

    func period() throws -> Period {
        let text = parameter(.period)
        guard let period = Period(text) else {
            throw Abort(.badRequest, reason: "Kỳ báo cáo «\(text)» không hợp lệ (ví dụ: 2024-H1, 2024-9M, 2024).")
        }
        return period
    }
}
