import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// Khóa API: a machine client's token as the account page lists it; the token itself is never stored.
public struct ApiToken: Sendable, Hashable {
    public var id: Int64
    public var accountID: Int64
    public var label: String
    public var createdAt: Date
    public var createdBy: String
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    /// Usable at `now`: not revoked, not expired.
    public func isLive(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}

extension Store {
    /// Records a token by the hash of its secret, with an audit entry on the account it acts for.
    public func createApiToken(
        accountID: Int64, username: String, label: String, tokenHash: String, expiresAt: Date?, by actor: String,
        at now: Date
    ) async throws -> ApiToken {
        try await transaction { sql in
            guard
                let row = try await sql.insert(into: "api_tokens")
                    .columns("account_id", "label", "token_hash", "created_at", "created_by", "expires_at")
                    .values(
                        SQLBind(accountID), SQLBind(label), SQLBind(tokenHash), SQLBind(Timestamp.text(now)), SQLBind(actor),
                        SQLBind(expiresAt.map(Timestamp.text))
                    )
                    .returning("id").first()
            else { throw StorageError("Không tạo được khóa API cho «\(username)».") }
            let id = try row.decode(column: "id", as: Int64.self)
            try await Self.record(
                [
                    AuditEntry(
                        at: now, actor: actor, entity: .account, key: username, action: "Tạo khóa API", field: "Khóa API",
                        newValue: "\(label) (#\(id))\(expiresAt.map { ", hết hạn \(Timestamp.text($0))" } ?? "")")
                ], on: sql)
            return ApiToken(
                id: id, accountID: accountID, label: label, createdAt: now, createdBy: actor, expiresAt: expiresAt)
        }
    }

    /// The live token with this hash and its account (not disabled); notes when it was last used.
    public func apiTokenAccount(tokenHash: String, at now: Date) async throws -> Account? {
        let sql = try self.sql
        guard
            let row = try await sql.select().columns("id", "account_id", "expires_at", "revoked_at", "last_used_at")
                .from("api_tokens")
                .where("token_hash", .equal, tokenHash).first(),
            try row.decode(column: "revoked_at", as: String?.self) == nil
        else { return nil }
        if let expires = try Timestamp.decode(row, "expires_at"), expires <= now { return nil }
        let id = try row.decode(column: "account_id", as: Int64.self)
        guard let account = try await Self.account(id: id, on: sql)?.account, !account.isDisabled else { return nil }
        // A busy client would otherwise write a row on every request; the account page shows the minute.
        let lastUsed = try Timestamp.decode(row, "last_used_at")
        if lastUsed.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await sql.update("api_tokens").set("last_used_at", to: Timestamp.text(now))
                .where("id", .equal, try row.decode(column: "id", as: Int64.self)).run()
        }
        return account
    }

    /// An account's tokens, the newest first; `nil` lists every account's.
    public func apiTokens(accountID: Int64? = nil) async throws -> [ApiToken] {
        var query = try sql.select().columns("*").from("api_tokens").orderBy("id", .descending)
        if let accountID { query = query.where("account_id", .equal, accountID) }
        return try await query.all().map { row in
            ApiToken(
                id: try row.decode(column: "id", as: Int64.self), accountID: try row.decode(column: "account_id", as: Int64.self),
                label: try row.decode(column: "label", as: String.self),
                createdAt: try Timestamp.decode(row, "created_at") ?? .distantPast,
                createdBy: try row.decode(column: "created_by", as: String.self),
                expiresAt: try Timestamp.decode(row, "expires_at"), revokedAt: try Timestamp.decode(row, "revoked_at"),
                lastUsedAt: try Timestamp.decode(row, "last_used_at"))
        }
    }

    /// Revokes a token for good; false when there is no such live token.
    @discardableResult
    public func revokeApiToken(id: Int64, by actor: String, at now: Date) async throws -> Bool {
        try await transaction { sql in
            guard
                let row = try await sql.select().column(SQLColumn("label", table: "api_tokens"))
                    .column(SQLColumn("username", table: "accounts")).from("api_tokens")
                    .join(
                        "accounts", on: SQLColumn("id", table: "accounts"), .equal, SQLColumn("account_id", table: "api_tokens")
                    )
                    .where(SQLColumn("id", table: "api_tokens"), .equal, SQLBind(id))
                    .where(SQLColumn("revoked_at", table: "api_tokens"), .is, SQLLiteral.null)
                    .first()
            else { return false }
            try await sql.update("api_tokens").set("revoked_at", to: Timestamp.text(now)).where("id", .equal, id).run()
            try await Self.record(
                [
                    AuditEntry(
                        at: now, actor: actor, entity: .account, key: try row.decode(column: "username", as: String.self),
                        action: "Thu hồi khóa API", field: "Khóa API",
                        oldValue: "\(try row.decode(column: "label", as: String.self)) (#\(id))")
                ], on: sql)
            return true
        }
    }
}
