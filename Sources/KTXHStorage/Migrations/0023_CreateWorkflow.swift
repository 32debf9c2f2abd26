import FluentKit
import SQLKit

/// Reporting periods, assignments and the workflow state of each figure. Figures themselves stay in
/// `observations`, appended as versions.
struct CreateWorkflow: AsyncMigration {
    var name: String { "0023_CreateWorkflow" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "reporting_periods")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("period", type: .text, .notNull)
            .column("cutoff", type: .text, .notNull)
            .column("deadline", type: .text, .notNull)
            .column("is_open", type: .int, .notNull)
            .unique("plan_id", "period")
            .run()
        try await sql.create(table: "assignments")
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("indicator_code", type: .text, .notNull, .references("indicators", "code"))
            // Empty text for the unit itself, as in account_scopes.
            .column("department", type: .text, .notNull)
            .unique("plan_id", "indicator_code")
            .run()
        try await sql.create(table: "figure_states")
            .column("indicator_code", type: .text, .notNull, .references("indicators", "code"))
            .column("unit_code", type: .text, .notNull, .references("admin_units", "code"))
            .column("period", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("revision", type: .int, .notNull)
            .column("note", type: .text, .notNull)
            .column("follow_up", type: .int, .notNull)
            .column("cause", type: .text, .notNull)
            .column("remedy", type: .text, .notNull)
            .column("review_comment", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .column("updated_by", type: .text, .notNull)
            .column("submitted_at", type: .text)
            .column("approved_at", type: .text)
            .column("approved_observation_id", type: .bigint)
            .column("reopened_at", type: .text)
            .unique("indicator_code", "unit_code", "period")
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "figure_states").run()
        try await sql.drop(table: "assignments").run()
        try await sql.drop(table: "reporting_periods").run()
    }
}
