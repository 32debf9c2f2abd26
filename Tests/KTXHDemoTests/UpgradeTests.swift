import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing

/// Nâng cấp: a database made by the previous release (Tests/Fixtures/upgrade), restored, migrated by this one.
@Suite("Upgrade from the previous release")
struct UpgradeTests {
    static let fixtures = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("upgrade")

    /// Each release's database and the first migration it did not have yet.
    static let releases = [("0.1.0", "0025_CreateApiTokens"), ("0.2.0", "0026_CreatePlanTasks")]

    @Test(
        "Every row of every table of each release's database is still there after migrating",
        arguments: TestDatabase.available, releases.indices)
    func everyRowKept(kind: TestDatabase.Kind, release: Int) async throws {
        let (version, firstNew) = Self.releases[release]
        let (location, drop) = try await TestDatabase.create(kind)
        let file = Self.fixtures.appendingPathComponent(kind == .sqlite ? "ktxh-\(version).sqlite" : "ktxh-\(version).pgdump")
        try await Store.restore(from: file, to: location, force: true)
        try await Store.withOpened(location) { store in
            let before = try await store.tableCounts()
            var rows: [String: [String]] = [:]
            for table in before.map(\.table) { rows[table] = try await store.tableRows(table) }
            let pending = try await store.pendingMigrations()
            #expect(pending.contains(firstNew), "the fixture is older than this release")
            try await store.migrate()
            #expect(try await store.pendingMigrations().isEmpty)
            let after = Dictionary(uniqueKeysWithValues: try await store.tableCounts().map { ($0.table, $0.rows) })
            for table in before where !table.table.hasPrefix("_fluent") {
                // A migration that adds a column to a table must compare that table on its old columns here.
                #expect(after[table.table] == table.rows, "\(table.table)")
                #expect(try await store.tableRows(table.table) == rows[table.table], "\(table.table)")
            }
            #expect(after["plan_tasks"] == 0 && after["task_reports"] == 0, "the new tables are there, empty")
            #expect(try await store.planSummaries().count == 4)
        }
        try await drop()
    }
}
