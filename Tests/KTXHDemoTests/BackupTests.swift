import Foundation
import KTXHCore
import KTXHDemo
import KTXHStorage
import KTXHTestSupport
import Testing

@Suite("Backup and restore")
struct BackupTests {
    /// The demo database, with accounts created one by one (each in its own transaction, audited) while the
    /// backup runs: the copy holds a moment of the database, the restore gives it back table by table.
    @Test(
        "A backup taken during writes restores a consistent database; a quiet one restores every row",
        arguments: TestDatabase.available)
    func roundTrip(kind: TestDatabase.Kind) async throws {
        let (source, dropSource) = try await TestDatabase.create(kind)
        let (target, dropTarget) = try await TestDatabase.create(kind)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(location: source)
        do {
            try await store.migrate()
            try await DemoData.load(into: store, at: TestClock.now)
            let before = try await store.tableCounts()
            let writes = Task {
                for index in 0..<60 {
                    try await store.createAccount(
                        username: "can-bo-\(index)", displayName: "Cán bộ \(index)", role: .reporter, scope: [],
                        passwordHash: "x", by: "kiem-thu", at: TestClock.now)
                }
            }
            let during = directory.appendingPathComponent("trong-khi-ghi.bak")
            try await Task.sleep(for: .milliseconds(20))
            try await store.backup(to: during)
            try await writes.value
            let after = try await store.tableCounts()

            // Restored mid-way: between the database before and after the writes, and each account with its audit row.
            try await Store.restore(from: during, to: target, force: true)
            try await Store.withOpened(target) { restored in
                let counts = Dictionary(uniqueKeysWithValues: try await restored.tableCounts().map { ($0.table, $0.rows) })
                for (start, end) in zip(before, after) {
                    let rows = try #require(counts[start.table], "\(start.table) is missing")
                    #expect(start.rows <= rows && rows <= end.rows, "\(start.table): \(start.rows) ≤ \(rows) ≤ \(end.rows)")
                }
                let accounts = try await restored.accounts().filter { $0.username.hasPrefix("can-bo-") }
                let audited = try await restored.tableRows("audit_log").filter { $0.contains("can-bo-") }
                #expect(audited.count >= accounts.count, "every restored account has its audit row")
            }

            // Restored when quiet: every table, every row, as in the source.
            let quiet = directory.appendingPathComponent("ban-sao.bak")
            try await store.backup(to: quiet)
            await #expect(throws: StorageError.self) { try await Store.restore(from: quiet, to: target, force: false) }
            try await Store.restore(from: quiet, to: target, force: true)
            try await Store.withOpened(target) { restored in
                let tables = try await store.tableCounts()
                #expect(try await restored.tableCounts() == tables)
                for table in tables.map(\.table) {
                    #expect(try await restored.tableRows(table) == store.tableRows(table), "\(table)")
                }
            }
            await store.shutdown()
        } catch {
            await store.shutdown()
            try? await dropSource()
            try? await dropTarget()
            throw error
        }
        try await dropSource()
        try await dropTarget()
    }

    @Test("A file that is no backup, or a backup of the other database kind, is refused and changes nothing")
    func refusals() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("ghi-chu.bak")
        try Data("không phải sao lưu".utf8).write(to: text)
        let target = directory.appendingPathComponent("dich.sqlite").path
        let error = await #expect(throws: StorageError.self) {
            try await Store.restore(from: text, to: .sqlite(path: target), force: true)
        }
        #expect(error?.message.contains("không phải bản sao lưu") == true)
        #expect(!FileManager.default.fileExists(atPath: target))

        let dump = directory.appendingPathComponent("pg.bak")
        try Data("PGDMP\u{1}\u{14}".utf8).write(to: dump)
        let other = await #expect(throws: StorageError.self) {
            try await Store.restore(from: dump, to: .sqlite(path: target), force: true)
        }
        #expect(other?.message.contains("PostgreSQL") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

}
