import FluentKit
import SQLKit

/// How an indicator's unit figures combine in a roll-up; NULL means the default for its kind.
struct AddIndicatorAggregation: AsyncMigration {
    var name: String { "0012_AddIndicatorAggregation" }

    func prepare(on database: any Database) async throws {
        try await Store.sql(database).raw("ALTER TABLE indicators ADD COLUMN aggregation TEXT").run()
    }

    func revert(on database: any Database) async throws {
        try await Store.sql(database).raw("ALTER TABLE indicators DROP COLUMN aggregation").run()
    }
}
