import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing

/// Nâng cấp: a database made by the previous release (Tests/Fixtures/upgrade), restored, migrated by this one.
@Suite("Upgrade from the previous release")
struct UpgradeTests {
    static let fixtures = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("upgrade")

    @Test(
        "Every row of every table of release 0.1.0's database is still there after migrating", arguments: TestDatabase.available)
    func everyRowKept(kind: TestDatabase.Kind) async throws {
        let (location, drop) = try await TestDatabase.create(kind)
        let file = Self.fixtures.appendingPathComponent(kind == .sqlite ? "ktxh-0.1.0.sqlite" : "ktxh-0.1.0.pgdump")
        try await Store.restore(from: file, to: location, force: true)
        try await Store.withOpened(location) { store in
            let before = try await store.tableCounts()
            var rows: [String: [String]] = [:]
            for table in before.map(\.table) { rows[table] = try await store.tableRows(table) }
            let pending = try await store.pendingMigrations()
            #expect(pending.contains("0025_CreateApiTokens"), "the fixture is older than this release")
            try await store.migrate()
            #expect(try await store.pendingMigrations().isEmpty)
            let after = Dictionary(uniqueKeysWithValues: try await store.tableCounts().map { ($0.table, $0.rows) })
            for table in before where !table.table.hasPrefix("_fluent") {
                // A migration that adds a column to a table must compare that table on its old columns here.
                #expect(after[table.table] == table.rows, "\(table.table)")
                #expect(try await store.tableRows(table.table) == rows[table.table], "\(table.table)")
            }
            #expect(after["api_tokens"] == 0, "the new table is there, empty")
            #expect(try await store.planSummaries().count == 4)
        }
        try await drop()
    }
}
