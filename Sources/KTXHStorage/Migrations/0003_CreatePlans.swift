import FluentKit
import SQLKit

struct CreatePlans: AsyncMigration {
    var name: String { "0003_CreatePlans" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "plans")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("key", type: .text, .notNull, .unique)
            .column("title", type: .text, .notNull)
            .column("number", type: .text)
            .column("issued_on", type: .text)
            .column("issuer", type: .text, .notNull)
            .column("issuer_name", type: .text, .notNull)
            .column("unit_code", type: .text, .notNull, .references("admin_units", "code"))
            .column("term", type: .text, .notNull)
            .run()
        try await sql.create(table: "plan_sections")
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("path", type: .text, .notNull)
            .column("label", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("position", type: .int, .notNull)
            .unique("plan_id", "path")
            .run()
        try await sql.create(table: "targets")
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("indicator_code", type: .text, .notNull, .references("indicators", "code"))
            .column("text", type: .text, .notNull)
            .column("expression", type: .text, .notNull)
            .column("label", type: .text)
            .column("position", type: .int, .notNull)
            .column("section", type: .text)
            .column("role", type: .text, .notNull)
            .unique("plan_id", "indicator_code")
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "targets").run()
        try await sql.drop(table: "plan_sections").run()
        try await sql.drop(table: "plans").run()
    }
}
