import FluentKit
import SQLKit

/// The audit trail is append-only. No code path updates or deletes it, and the database refuses both:
/// triggers on SQLite and PostgreSQL (which bind even the table's owner), and on PostgreSQL no UPDATE,
/// DELETE or TRUNCATE privilege for anyone, the owner included.
struct CreateAuditLog: AsyncMigration {
    var name: String { "0022_CreateAuditLog" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "audit_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("at", type: .text, .notNull)
            .column("actor", type: .text, .notNull)
            .column("entity", type: .text, .notNull)
            .column("entity_key", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("field", type: .text, .notNull)
            .column("old_value", type: .text, .notNull)
            .column("new_value", type: .text, .notNull)
            .column("reason", type: .text, .notNull)
            .run()
        try await sql.create(index: "audit_log_entity").on("audit_log").column("entity").column("entity_key").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
                """
            ).run()
            // The owner (the app's role, which ran this migration) gives up its own rights too; granting them
            // back would take a deliberate statement no code of ktxh contains.
            try await sql.raw("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, CURRENT_USER").run()
        } else {
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw(
                    """
                    CREATE TRIGGER audit_log_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "audit_log").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_log_append_only()").run()
        }
    }
}
