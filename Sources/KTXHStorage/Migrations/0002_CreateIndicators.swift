import FluentKit
import SQLKit

struct CreateIndicators: AsyncMigration {
    var name: String { "0002_CreateIndicators" }

    func prepare(on database: any Database) async throws {
        try await Store.sql(database).create(table: "indicators")
            .column("code", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("unit_of_measure", type: .text, .notNull)
            .column("section", type: .text)
            .column("parent_code", type: .text)
            .column("kind", type: .text, .notNull)
            .column("direction", type: .text, .notNull)
            .column("accumulation", type: .text, .notNull)
            .column("judged_at_year_end", type: .int, .notNull)
            .column("department", type: .text)
            .column("aliases", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).drop(table: "indicators").run()
    }
}
