import FluentKit
import SQLKit

/// Sessions and login attempts live in the database, so several app instances can share one PostgreSQL.
/// A session is stored by the SHA-256 of its cookie, so a copy of the table opens no session.
struct CreateSessions: AsyncMigration {
    var name: String { "0021_CreateSessions" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "sessions")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("account_id", type: .bigint, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("csrf_token", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("expires_at", type: .text, .notNull)
            .run()
        try await sql.create(table: "login_attempts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("username", type: .text, .notNull)
            .column("address", type: .text, .notNull)
            .column("succeeded", type: .int, .notNull)
            .column("at", type: .text, .notNull)
            .run()
        try await sql.create(index: "login_attempts_username").on("login_attempts").column("username").column("at").run()
        try await sql.create(index: "login_attempts_address").on("login_attempts").column("address").column("at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "login_attempts").run()
        try await sql.drop(table: "sessions").run()
    }
}
