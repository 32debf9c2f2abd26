import FluentKit
import SQLKit

struct CreateAdminUnits: AsyncMigration {
    var name: String { "0001_CreateAdminUnits" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "admin_units")
            .column("code", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("kind_name", type: .text, .notNull)
            .column("parent_code", type: .text)
            .column("valid_from", type: .text)
            .column("valid_to", type: .text)
            .run()
        try await sql.create(index: "admin_units_parent").on("admin_units").column("parent_code").run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).drop(table: "admin_units").run()
    }
}
