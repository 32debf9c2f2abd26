import FluentKit
import SQLKit

/// Unit codes are reused across the 2025 reorganisation (01843 was Phường Phùng Chí Kiên, then Phường Bắc Kạn):
/// each version of a unit is kept with its validity, and the successor table links old units to new ones.
struct CreateUnitHistory: AsyncMigration {
    var name: String { "0010_CreateUnitHistory" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "admin_unit_versions")
            .column("code", type: .text, .notNull)
            // '' for a version whose start is not recorded, so that the primary key has no NULL.
            .column("valid_from", type: .text, .notNull)
            .column("valid_to", type: .text)
            .column("name", type: .text, .notNull)
            .column("kind_name", type: .text, .notNull)
            .column("parent_code", type: .text)
            .primaryKey("code", "valid_from")
            .run()
        try await sql.create(index: "admin_unit_versions_parent").on("admin_unit_versions").column("parent_code").run()
        try await sql.create(table: "admin_unit_successions")
            .column("new_code", type: .text, .notNull)
            .column("new_name", type: .text, .notNull)
            .column("old_code", type: .text, .notNull)
            .column("old_name", type: .text, .notNull)
            .column("share", type: .text, .notNull)
            .column("effective_on", type: .text, .notNull)
            .primaryKey("new_code", "old_code")
            .run()
        try await sql.create(index: "admin_unit_successions_old").on("admin_unit_successions").column("old_code").run()
        // Units saved before this migration get their one version.
        try await sql.raw(
            """
            INSERT INTO admin_unit_versions (code, valid_from, valid_to, name, kind_name, parent_code)
            SELECT code, COALESCE(valid_from, ''), valid_to, name, kind_name, parent_code FROM admin_units
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "admin_unit_successions").run()
        try await sql.drop(table: "admin_unit_versions").run()
    }
}
