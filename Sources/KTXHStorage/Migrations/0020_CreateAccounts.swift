import FluentKit
import SQLKit

/// Accounts and their reporting scopes. Passwords are stored only as bcrypt hashes.
struct CreateAccounts: AsyncMigration {
    var name: String { "0020_CreateAccounts" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "accounts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("username", type: .text, .notNull, .unique)
            .column("display_name", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("role", type: .text, .notNull)
            .column("disabled", type: .int, .notNull)
            .column("created_at", type: .text, .notNull)
            .run()
        try await sql.create(table: "account_scopes")
            .column("account_id", type: .bigint, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("unit_code", type: .text, .notNull)
            // Empty text, not NULL, for the unit itself: a NULL would escape the unique constraint.
            .column("department", type: .text, .notNull)
            .unique("account_id", "unit_code", "department")
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "account_scopes").run()
        try await sql.drop(table: "accounts").run()
    }
}
