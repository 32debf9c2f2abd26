import FluentKit
import SQLKit

/// Công khai: whether a plan's progress has a public page, off until a planner turns it on.
struct AddPlanPublication: AsyncMigration {
    var name: String { "0024_AddPlanPublication" }

    func prepare(on database: any Database) async throws {
        try await Store.sql(database).raw("ALTER TABLE plans ADD COLUMN is_public INTEGER NOT NULL DEFAULT 0").run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).raw("ALTER TABLE plans DROP COLUMN is_public").run()
    }
}
