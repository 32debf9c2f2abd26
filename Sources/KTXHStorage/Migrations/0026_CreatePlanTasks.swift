import FluentKit
import SQLKit

/// Nhiệm vụ: the tasks of a plan's resolution, and what their leads report on them each period. A report is
/// appended, never changed; a file attached to one is kept in the database (size-limited), so a backup holds it.
struct CreatePlanTasks: AsyncMigration {
    var name: String { "0026_CreatePlanTasks" }

    func prepare(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.create(table: "plan_tasks")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("section", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("lead", type: .text, .notNull)
            .column("partners", type: .text, .notNull)
            .column("deadline", type: .text)
            .column("indicator_codes", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("revision", type: .int, .notNull)
            .column("source_line", type: .int)
            .column("created_at", type: .text, .notNull)
            .column("created_by", type: .text, .notNull)
            .run()
        try await sql.create(index: "plan_tasks_plan").on("plan_tasks").column("plan_id").run()
        try await sql.create(table: "task_reports")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("task_id", type: .bigint, .notNull, .references("plan_tasks", "id", onDelete: .cascade))
            .column("period", type: .text)
            .column("status", type: .text, .notNull)
            .column("note", type: .text, .notNull)
            .column("reported_at", type: .text, .notNull)
            .column("reported_by", type: .text, .notNull)
            .column("attachment_name", type: .text)
            .column("attachment_type", type: .text)
            .column("attachment", type: .blob)
            .run()
        try await sql.create(index: "task_reports_task").on("task_reports").column("task_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try Store.sql(database)
        try await sql.drop(table: "task_reports").run()
        try await sql.drop(table: "plan_tasks").run()
    }
}
