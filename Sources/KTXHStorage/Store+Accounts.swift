import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// What an account change asks for; nil fields stay as they are.
public struct AccountChange: Sendable {
    public var displayName: String?
    public var role: Role?
    public var scope: [ReportingBody]?
    public var isDisabled: Bool?
    public var passwordHash: String?

    public init(
        displayName: String? = nil, role: Role? = nil, scope: [ReportingBody]? = nil, isDisabled: Bool? = nil,
        passwordHash: String? = nil
    ) {
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.isDisabled = isDisabled
        self.passwordHash = passwordHash
    }
}

extension Store {
    /// Creates an account with its password hash and records it; throws when the username is taken.
    @discardableResult
    public func createAccount(
        username: String, displayName: String, role: Role, scope: [ReportingBody], passwordHash: String, by actor: String,
        at now: Date
    ) async throws -> Account {
        try await transaction { sql in
            let taken = try await sql.select().column("id").from("accounts").where("username", .equal, username).first()
            guard taken == nil else { throw StorageError("Tên đăng nhập «\(username)» đã có.") }
            guard
                let row = try await sql.insert(into: "accounts")
                    .columns("username", "display_name", "password_hash", "role", "disabled", "created_at")
                    .values(
                        SQLBind(username), SQLBind(displayName), SQLBind(passwordHash), SQLBind(role.rawValue),
                        SQLBind(0), SQLBind(Timestamp.text(now))
                    )
                    .returning("id").first()
            else { throw StorageError("Không tạo được tài khoản «\(username)».") }
            let id = try row.decode(column: "id", as: Int64.self)
            try await Self.replaceScope(of: id, with: scope, on: sql)
            let entry = { (field: String, value: String) in
                AuditEntry(
                    at: now, actor: actor, entity: .account, key: username, action: "Tạo tài khoản", field: field,
                    newValue: value)
            }
            try await Self.record(
                [entry("Họ tên", displayName), entry("Vai trò", role.vietnameseName)]
                    + (scope.isEmpty ? [] : [entry("Phạm vi", Self.scopeText(scope))]),
                on: sql)
            return Account(id: id, username: username, displayName: displayName, role: role, scope: scope)
        }
    }

    /// Changes an account and records every field that changed. A disabled account or a new password ends the
    /// account's sessions.
    public func updateAccount(id: Int64, _ change: AccountChange, by actor: String, at now: Date, reason: String = "")
        async throws
    {
        try await transaction { sql in
            guard let old = try await Self.account(id: id, on: sql)?.account else {
                throw StorageError("Không tìm thấy tài khoản.")
            }
            var entries: [AuditEntry] = []
            func note(_ field: String, _ from: String, _ to: String) {
                guard from != to else { return }
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: .account, key: old.username, action: "Sửa tài khoản",
                        field: field, oldValue: from, newValue: to, reason: reason))
            }
            var update = sql.update("accounts").where("id", .equal, id)
            if let name = change.displayName {
                update = update.set("display_name", to: name)
                note("Họ tên", old.displayName, name)
            }
            if let role = change.role {
                update = update.set("role", to: role.rawValue)
                note("Vai trò", old.role.vietnameseName, role.vietnameseName)
            }
            if let disabled = change.isDisabled {
                update = update.set("disabled", to: disabled ? 1 : 0)
                note("Trạng thái", old.isDisabled ? "Đã khóa" : "Đang dùng", disabled ? "Đã khóa" : "Đang dùng")
            }
            if let hash = change.passwordHash {
                update = update.set("password_hash", to: hash)
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: .account, key: old.username, action: "Đổi mật khẩu",
                        field: "Mật khẩu", oldValue: "(ẩn)", newValue: "(ẩn)", reason: reason))
            }
            if change.displayName != nil || change.role != nil || change.isDisabled != nil || change.passwordHash != nil {
                try await update.run()
            }
            if let scope = change.scope {
                try await Self.replaceScope(of: id, with: scope, on: sql)
                note("Phạm vi", Self.scopeText(old.scope), Self.scopeText(scope))
            }
            if change.isDisabled == true || change.passwordHash != nil {
                try await sql.delete(from: "sessions").where("account_id", .equal, id).run()
            }
            try await Self.record(entries, on: sql)
        }
    }

    /// An account with its password hash, by username; nil when there is none.
    public func account(username: String) async throws -> (account: Account, passwordHash: String)? {
        let sql = try self.sql
        guard let row = try await sql.select().column("id").from("accounts").where("username", .equal, username).first()
        else { return nil }
        return try await Self.account(id: try row.decode(column: "id", as: Int64.self), on: sql)
    }

    public func account(id: Int64) async throws -> Account? {
        try await Self.account(id: id, on: sql)?.account
    }

    /// Every account, by username.
    public func accounts() async throws -> [Account] {
        let sql = try self.sql
        let scopes = try await Self.scopes(on: sql)
        return try await sql.select().columns("*").from("accounts").orderBy("username").all().map {
            try Self.decodeAccount($0, scopes: scopes).account
        }
    }

    static func account(id: Int64, on sql: any SQLDatabase) async throws -> (account: Account, passwordHash: String)? {
        guard let row = try await sql.select().columns("*").from("accounts").where("id", .equal, id).first() else {
            return nil
        }
        return try decodeAccount(row, scopes: try await scopes(of: id, on: sql))
    }

    static func decodeAccount(_ row: any SQLRow, scopes: [Int64: [ReportingBody]]) throws -> (
        account: Account, passwordHash: String
    ) {
        let id = try row.decode(column: "id", as: Int64.self)
        let role = try row.decode(column: "role", as: String.self)
        let account = Account(
            id: id, username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            // An unknown role reads as the least powerful, never as a stronger one.
            role: Role(rawValue: role) ?? .viewer, scope: scopes[id] ?? [],
            isDisabled: try row.decode(column: "disabled", as: Int.self) != 0)
        return (account, try row.decode(column: "password_hash", as: String.self))
    }

    static func scopes(of id: Int64? = nil, on sql: any SQLDatabase) async throws -> [Int64: [ReportingBody]] {
        var query = sql.select().columns("*").from("account_scopes")
        if let id { query = query.where("account_id", .equal, id) }
        var result: [Int64: [ReportingBody]] = [:]
        for row in try await query.orderBy("unit_code").orderBy("department").all() {
            let body = ReportingBody(
                unitCode: try row.decode(column: "unit_code", as: String.self),
                department: try row.decode(column: "department", as: String.self))
            result[try row.decode(column: "account_id", as: Int64.self), default: []].append(body)
        }
        return result
    }

    static func replaceScope(of id: Int64, with scope: [ReportingBody], on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "account_scopes").where("account_id", .equal, id).run()
        for body in Set(scope) {
            try await sql.insert(into: "account_scopes").columns("account_id", "unit_code", "department")
                .values(SQLBind(id), SQLBind(body.unitCode), SQLBind(body.department ?? "")).run()
        }
    }

    static func scopeText(_ scope: [ReportingBody]) -> String {
        scope.sorted().map(\.description).joined(separator: "; ")
    }
}
