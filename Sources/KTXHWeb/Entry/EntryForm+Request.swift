import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

extension EntryForm {
    /// The form the request's `:periodID` and `:body` name: 404 when either does not exist, 403 when the account
    /// may not do `permission` for the body.
    static func load(_ req: Request, store: Store, permission: Permission) async throws -> EntryForm {
        let slug = req.parameter(.body)
        guard let form = try await load(store: store, periodID: Int64(req.parameter(.periodID)) ?? 0, slug: slug) else {
            throw Abort(.notFound, reason: "Không tìm thấy kỳ báo cáo hoặc đơn vị báo cáo «\(slug)».")
        }
        try req.authorize(permission, for: form.body)
        return form
    }

    var route: SiteRoute { .entry(periodID: reporting.id, body: body.slug) }
}
