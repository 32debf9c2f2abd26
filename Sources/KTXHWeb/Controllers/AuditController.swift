import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The audit trail: all of it for readers, one figure's history for whoever may read that figure.
struct AuditController {
    let store: Store

    func index(_ req: Request) async throws -> Response {
        let entity = req.query[String.self, at: "entity"].flatMap(AuditEntry.Entity.init(rawValue:))
        let key = req.query[String.self, at: "key"].flatMap { $0.isEmpty ? nil : $0 }
        let entries = try await store.auditEntries(entity: entity, key: key)
        let page = AuditPage(entries: entries, catalogue: try await store.indicators(), entity: entity, key: key)
        return HTMLResponse.render(page.view())
    }

    func history(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .readFigures)
        let code = req.parameter(.indicator)
        guard let item = context.items.first(where: { $0.indicator.code == code }) else {
            throw Abort(.notFound, reason: "Chỉ tiêu «\(code)» không có trong phiếu này.")
        }
        let entries = try await store.auditEntries(entity: .figure, key: item.key.description)
        return HTMLResponse.render(FigureHistoryPage(context, item: item, entries: entries).view())
    }
}
