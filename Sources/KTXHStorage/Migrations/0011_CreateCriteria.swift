import FluentKit
import SQLKit

/// Criteria sets are stored whole, as the JSON of the core value: they are read whole to evaluate a unit and
/// replaced whole when an administrator loads a new version of the file. What documents state (recognitions,
/// stated results and counts, roadmaps) is kept apart from the figures, to be compared with them.
struct CreateCriteria: AsyncMigration {
    var name: String { "0011_CreateCriteria" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "criteria_sets")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("tier", type: .text, .notNull)
            .column("scope_code", type: .text)
            .column("valid_from", type: .text, .notNull)
            .column("valid_to", type: .text)
            .column("document", type: .text, .notNull)
            .run()
        try await sql.create(table: "criteria_records")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            // recognition, stated-result, stated-count, roadmap
            .column("kind", type: .text, .notNull)
            .column("unit_code", type: .text, .notNull)
            .column("year", type: .int, .notNull)
            .column("document", type: .text, .notNull)
            .run()
        try await sql.create(index: "criteria_records_unit").on("criteria_records").column("unit_code").column("year")
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "criteria_records").run()
        try await sql.drop(table: "criteria_sets").run()
    }
}
