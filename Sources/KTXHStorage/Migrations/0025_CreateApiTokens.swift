import FluentKit
import SQLKit

/// Khóa API: the bearer tokens other systems call `/api/v1` with, one account each. Stored by the SHA-256 of the
/// token, like sessions, so a copy of the table opens nothing; revoked rather than deleted, so the audit of who
/// used which token stays readable.
struct CreateApiTokens: AsyncMigration {
    var name: String { "0025_CreateApiTokens" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("account_id", type: .bigint, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("label", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("created_at", type: .text, .notNull)
            .column("created_by", type: .text, .notNull)
            .column("expires_at", type: .text)
            .column("revoked_at", type: .text)
            .column("last_used_at", type: .text)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).drop(table: "api_tokens").run()
    }
}
