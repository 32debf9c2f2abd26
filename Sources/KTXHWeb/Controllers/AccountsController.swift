import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The admin's account pages: list, create, change, disable, reset a password. Every change is audited.
struct AccountsController {
    let store: Store
    let settings: WebSettings

    struct Form: Content {
        var username: String?
        var displayName: String?
        var role: String?
        var scope: String?
        var password: String?
        var disabled: String?

        var fields: AccountFields {
            var fields = AccountFields()
            fields.username = (username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            fields.displayName = (displayName ?? "").trimmingCharacters(in: .whitespaces)
            fields.role = role ?? ""
            fields.scope = scope ?? ""
            fields.disabled = disabled != nil
            return fields
        }
    }

    func index(_ req: Request) async throws -> Response {
        try await page(fields: AccountFields(), errors: [], created: nil, status: .ok)
    }

    func create(_ req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let (draft, errors) = try await draft(form, creating: true)
        guard let draft, errors.isEmpty else {
            return try await page(fields: form.fields, errors: errors, created: nil, status: .unprocessableEntity)
        }
        let (account, password) = try await draft.create(
            store: store, hasher: settings.passwords, by: try req.account.username, at: settings.now())
        let shown = form.password?.isEmpty == false ? nil : password
        return try await page(fields: AccountFields(), errors: [], created: (account.username, shown), status: .created)
    }

    func show(_ req: Request) async throws -> Response {
        let account = try await find(req)
        return HTMLResponse.render(
            AccountPage(
                account: account, fields: AccountFields(account), errors: [], saved: req.query[String.self, at: "saved"] != nil
            )
            .view())
    }

    func update(_ req: Request) async throws -> Response {
        let account = try await find(req)
        var form = try req.content.decode(Form.self)
        form.username = account.username
        let (draft, errors) = try await draft(form, creating: false)
        guard let draft, errors.isEmpty else {
            let page = AccountPage(account: account, fields: form.fields, errors: errors, saved: false)
            return HTMLResponse.render(page.view(), status: .unprocessableEntity)
        }
        let me = try req.account
        let refused = draft.problems(updating: account, disabled: form.disabled != nil, by: me)
        guard refused.isEmpty else {
            let page = AccountPage(account: account, fields: form.fields, errors: refused, saved: false)
            return HTMLResponse.render(page.view(), status: .unprocessableEntity)
        }
        try await draft.update(
            account, disabled: form.disabled != nil, store: store, hasher: settings.passwords, by: me.username,
            at: settings.now())
        return req.redirect(to: SiteRoute.account(id: account.id).path + "?saved=1", redirectType: .normal)
    }

    private func draft(_ form: Form, creating: Bool) async throws -> (AccountDraft?, [String]) {
        let fields = form.fields
        let scope = AccountDraft.scope(fields.scope)
        guard let role = Role(rawValue: fields.role) else { return (nil, ["Vai trò «\(fields.role)» không có."]) }
        let password = form.password.flatMap { $0.isEmpty ? nil : $0 }
        let draft = AccountDraft(
            username: fields.username, displayName: fields.displayName, role: role, scope: scope.bodies,
            password: password)
        return (draft, scope.problems + (try await draft.problems(creating: creating, store: store)))
    }

    private func find(_ req: Request) async throws -> Account {
        guard let id = Int64(req.parameter(.accountID)), let account = try await store.account(id: id)
        else { throw Abort(.notFound, reason: "Không tìm thấy tài khoản.") }
        return account
    }

    private func page(
        fields: AccountFields, errors: [String], created: (String, String?)?, status: HTTPResponseStatus
    ) async throws -> Response {
        let page = AccountsPage(accounts: try await store.accounts(), fields: fields, errors: errors, created: created)
        return HTMLResponse.render(page.view(), status: status)
    }
}
