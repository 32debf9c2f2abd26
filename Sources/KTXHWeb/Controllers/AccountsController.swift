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
        var page = AccountPage(
            account: account, fields: AccountFields(account), errors: [], saved: req.query[String.self, at: "saved"] != nil)
        page.tokens = try await tokens(of: account, issued: nil)
        return HTMLResponse.render(page.view())
    }

    struct TokenForm: Content {
        var label: String?
        var expires: String?
        var revoke: Int64?
    }

    /// Khóa API: makes one (shown once, on the page that answers) or revokes one of the account's.
    func changeTokens(_ req: Request) async throws -> Response {
        let account = try await find(req)
        let form = try req.content.decode(TokenForm.self)
        let me = try req.account.username
        var issued: String?
        if let id = form.revoke {
            guard try await store.apiTokens(accountID: account.id).contains(where: { $0.id == id }) else {
                throw Abort(.notFound, reason: "Tài khoản này không có khóa API #\(id).")
            }
            try await store.revokeApiToken(id: id, by: me, at: settings.now())
        } else {
            let lifetime = (form.expires ?? "").isEmpty ? nil : ApiTokenIssuer.lifetime(form.expires ?? "")
            if lifetime == nil, form.expires?.isEmpty == false {
                throw Abort(.badRequest, reason: "Thời hạn «\(form.expires ?? "")» không đọc được.")
            }
            issued = try await ApiTokenIssuer.issue(
                store: store, username: account.username, label: form.label ?? "",
                expiresAt: lifetime.map { settings.now() + $0 },
                by: me, at: settings.now()
            ).token
        }
        var page = AccountPage(account: account, fields: AccountFields(account), errors: [], saved: false)
        page.tokens = try await tokens(of: account, issued: issued)
        return HTMLResponse.render(page.view(), status: issued == nil ? .ok : .created)
    }

    private func tokens(of account: Account, issued: String?) async throws -> ApiTokenSection {
        ApiTokenSection(
            accountID: account.id, tokens: try await store.apiTokens(accountID: account.id), now: settings.now(), issued: issued)
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
