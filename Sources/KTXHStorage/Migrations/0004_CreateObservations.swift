import FluentKit
import SQLKit

/// Figures are appended, never updated: every version of a figure stays, the latest counts.
struct CreateObservations: AsyncMigration {
    var name: String { "0004_CreateObservations" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "observations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("indicator_code", type: .text, .notNull, .references("indicators", "code"))
            .column("unit_code", type: .text, .notNull, .references("admin_units", "code"))
            .column("period", type: .text, .notNull)
            .column("value_kind", type: .text, .notNull)
            // Decimals as text: exact on both databases, parsed back into `Decimal`.
            .column("value", type: .text)
            .column("numerator", type: .text)
            .column("denominator", type: .text)
            .column("kind", type: .text, .notNull)
            .column("cutoff", type: .text)
            .column("source", type: .text)
            .column("reported_by", type: .text)
            .column("recorded_at", type: .text, .notNull)
            .run()
        try await sql.create(index: "observations_lookup").on("observations")
            .column("unit_code").column("indicator_code").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).drop(table: "observations").run()
    }
}
