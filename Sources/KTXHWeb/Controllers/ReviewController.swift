import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The planning office's side of the entry form: return a figure with a comment, approve the chosen ones,
/// reopen an approved one with a reason. Each step is recorded with who, when and why.
struct ReviewController {
    let store: Store
    let settings: WebSettings

    func review(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .review)
        let form = try req.content.decode(RowForm.self)
        if let index = form["return"] {
            let (key, comment) = try Self.pick(form, index, "comment", in: context)
            return try await move([key], .return, comment, context, req)
        }
        let keys = try context.items.indices.compactMap { i -> FigureKey? in
            guard form["r\(i)_pick"] != nil else { return nil }
            return try Self.pick(form, String(i), "comment", in: context).key
        }
        return try await move(keys, .approve, "", context, req)
    }

    func reopen(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .setUp)
        let form = try req.content.decode(RowForm.self)
        let (key, reason) = try Self.pick(form, form["reopen"] ?? "", "reason", in: context)
        return try await move([key], .reopen, reason, context, req)
    }

    private func move(
        _ keys: [FigureKey], _ action: FigureStatus.Action, _ reason: String, _ context: EntryForm, _ req: Request
    ) async throws -> Response {
        do {
            let moved = try await FigureEntry(store: store).review(
                keys, action, reason: reason, by: try req.account.username, at: settings.now())
            return Response(status: .seeOther, headers: ["Location": context.route.path + "?reviewed=\(moved)"])
        } catch let refusal as FigureEntry.Refusal {
            throw Abort(.unprocessableEntity, reason: refusal.message)
        } catch WorkflowError.notAllowed(let key, let status, _) {
            let name = context.items.first { $0.key == key }?.indicator.name ?? key.indicatorCode
            throw Abort(
                .conflict, reason: "«\(name)» đang ở trạng thái \(status.vietnameseName): không thực hiện được bước này.")
        }
    }

    /// The figure row `index` names, and its text field `field`; 403 for an indicator outside the form.
    static func pick(_ form: RowForm, _ index: String, _ field: String, in context: EntryForm) throws -> (
        key: FigureKey, text: String
    ) {
        guard let code = form["r\(index)_code"] else { throw Abort(.badRequest, reason: "Chưa chọn số liệu nào.") }
        // A code outside this form is someone else's figure: refused like any other reach beyond one's scope.
        guard let item = context.items.first(where: { $0.indicator.code == code }) else {
            throw Abort(.forbidden, reason: Request.forbidden)
        }
        return (item.key, (form["r\(index)_\(field)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
