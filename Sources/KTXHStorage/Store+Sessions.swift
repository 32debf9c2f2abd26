import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// A signed-in session as the web app reads it on every request.
public struct StoredSession: Sendable, Hashable {
    public var account: Account
    public var csrfToken: String
    public var expiresAt: Date
}

extension Store {
    public func createSession(tokenHash: String, accountID: Int64, csrfToken: String, at now: Date, expiresAt: Date)
        async throws
    {
        try await sql.insert(into: "sessions")
            .columns("token_hash", "account_id", "csrf_token", "created_at", "expires_at")
            .values(
                SQLBind(tokenHash), SQLBind(accountID), SQLBind(csrfToken), SQLBind(Timestamp.text(now)),
                SQLBind(Timestamp.text(expiresAt))
            )
            .run()
    }

    /// The live session with this token hash: not expired, and its account not disabled.
    public func session(tokenHash: String, at now: Date) async throws -> StoredSession? {
        let sql = try self.sql
        guard
            let row = try await sql.select().columns("*").from("sessions").where("token_hash", .equal, tokenHash)
                .where("expires_at", .greaterThan, Timestamp.text(now)).first()
        else { return nil }
        let id = try row.decode(column: "account_id", as: Int64.self)
        guard let account = try await Self.account(id: id, on: sql)?.account, !account.isDisabled else { return nil }
        return StoredSession(
            account: account, csrfToken: try row.decode(column: "csrf_token", as: String.self),
            expiresAt: try Timestamp.decode(row, "expires_at") ?? now)
    }

    public func deleteSession(tokenHash: String) async throws {
        try await sql.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
    }

    /// Ends every session of an account except `keeping` (the one that changed its own password).
    public func deleteSessions(accountID: Int64, keeping: String? = nil) async throws {
        var query = try sql.delete(from: "sessions").where("account_id", .equal, accountID)
        if let keeping { query = query.where("token_hash", .notEqual, keeping) }
        try await query.run()
    }

    /// Removes sessions that have expired; called now and then so the table does not grow without end.
    public func deleteExpiredSessions(at now: Date) async throws {
        try await sql.delete(from: "sessions").where("expires_at", .lessThanOrEqual, Timestamp.text(now)).run()
    }

    public func recordLoginAttempt(username: String, address: String, succeeded: Bool, at now: Date) async throws {
        try await sql.insert(into: "login_attempts").columns("username", "address", "succeeded", "at")
            .values(SQLBind(username), SQLBind(address), SQLBind(succeeded ? 1 : 0), SQLBind(Timestamp.text(now)))
            .run()
    }

    /// Failed attempts since `since` for the username and for the address: what the rate limit counts.
    public func failedLoginAttempts(username: String, address: String, since: Date) async throws -> (
        username: Int, address: Int
    ) {
        let sql = try self.sql
        let stamp = Timestamp.text(since)
        func count(_ column: String, _ value: String) async throws -> Int {
            let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("login_attempts").where(SQLIdentifier(column), .equal, SQLBind(value))
                .where("succeeded", .equal, 0).where("at", .greaterThan, stamp).first()
            return try row?.decode(column: "n", as: Int.self) ?? 0
        }
        return (try await count("username", username), try await count("address", address))
    }
}
