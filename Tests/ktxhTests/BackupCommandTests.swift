import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing

/// `ktxh backup` and `ktxh restore`, through the real binary, on both databases.
@Suite("ktxh backup and restore")
struct BackupCommandTests {
    let command = CommandTests()

    @Test(
        "backup writes a copy; restore refuses a database with records without --force, then restores it",
        arguments: TestDatabase.available)
    func roundTrip(kind: TestDatabase.Kind) async throws {
        let (source, dropSource) = try await TestDatabase.create(kind)
        let (target, dropTarget) = try await TestDatabase.create(kind)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-\(UUID().uuidString).bak").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let db = CommandTests.argument(source)
        #expect(try command.run("demo", "--no-serve", "--db", db).status == 0)
        let backup = try command.run("backup", "--db", db, "-o", file, "--json")
        #expect(backup.status == 0, "\(backup.stderr)")
        let written = try command.json(backup.stdout)
        let rows = try #require(written["rows"] as? Int)
        #expect(rows > 500 && (written["bytes"] as? Int ?? 0) > 0)
        let tables = try #require(written["tables"] as? [[String: Any]])
        #expect(tables.contains { $0["table"] as? String == "observations" && ($0["rows"] as? Int ?? 0) > 0 })

        let into = CommandTests.argument(target)
        let restored = try command.run("restore", file, "--db", into)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("Đã khôi phục") && restored.stdout.contains("\(rows) dòng"))
        let again = try command.run("restore", file, "--db", into)
        #expect(again.status != 0 && again.stderr.contains("đã có dữ liệu") && again.stderr.contains("--force"))
        #expect(try command.run("restore", file, "--db", into, "--force").status == 0)
        let plans = try command.json(try command.run("plans", "list", "--db", into, "--json").stdout)["plans"] as? [Any]
        #expect(plans?.count == 4)
        #expect(try command.run("backup", "--help").stdout.contains("VACUUM INTO"))

        // Into a folder, by the clock, keeping the newest two.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-bak-\(UUID().uuidString)").path + "/"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for time in ["2026-12-01T20:00:00Z", "2026-12-02T20:00:00Z", "2026-12-03T20:00:00Z"] {
            let run = try command.run("backup", "--db", db, "-o", folder, "--keep", "2", environment: ["KTXH_NOW": time])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(kept == ["ktxh-20261203-030000.bak", "ktxh-20261204-030000.bak"], "named in Vietnam's time, the oldest removed")
        #expect(
            try command.run("backup", "--db", db, "-o", file, "--keep", "2").stderr.contains(
                "--keep chỉ dùng khi -o là một thư mục"))
        try await dropSource()
        try await dropTarget()
    }
}

/// `ktxh token`, through the real binary.
@Suite("ktxh token")
struct TokenCommandTests {
    let command = CommandTests()

    @Test("token create prints a token once; list shows it without the secret; revoke ends it")
    func lifecycle() async throws {
        let (location, cleanup) = try await TestDatabase.create(.sqlite)
        let db = CommandTests.argument(location)
        #expect(try command.run("demo", "--no-serve", "--db", db).status == 0)
        let created = try command.run(
            "token", "create", "--user", "quantri", "--expires", "90d", "--label", "Kết nối", "--db", db, "--json")
        #expect(created.status == 0, "\(created.stderr)")
        let object = try command.json(created.stdout)
        let token = try #require(object["token"] as? String)
        #expect(token.hasPrefix("ktxh_") && object["expiresAt"] is String)
        let list = try command.run("token", "list", "--db", db)
        #expect(list.stdout.contains("Kết nối") && list.stdout.contains("đang dùng được") && !list.stdout.contains(token))
        let id = try #require(object["id"] as? Int)
        #expect(try command.run("token", "revoke", "\(id)", "--db", db).stdout.contains("Đã thu hồi"))
        #expect(try command.run("token", "list", "--db", db).stdout.contains("đã thu hồi"))
        #expect(try command.run("token", "revoke", "\(id)", "--db", db).status != 0)
        let bad = try command.run("token", "create", "--user", "quantri", "--expires", "mai", "--db", db)
        #expect(bad.status != 0 && bad.stderr.contains("--expires «mai»"))
        #expect(
            try command.run("token", "create", "--user", "khong-co", "--db", db).stderr.contains("Không có tài khoản «khong-co»"))
        try await cleanup()
    }
}

/// `ktxh migrate` and `ktxh serve` around an upgrade, through the binary.
@Suite("ktxh upgrade")
struct UpgradeCommandTests {
    let command = CommandTests()

    @Test("migrate --pending lists what an upgrade will do; serve refuses until it is done; a newer schema is refused")
    func upgrade() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("u-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try FileManager.default.copyItem(at: UpgradeFixture.sqlite, to: URL(fileURLWithPath: path))
        let pending = try command.run("migrate", "--pending", "--db", path)
        #expect(pending.status == 0 && pending.stdout.contains("0026_CreatePlanTasks"))
        let refused = try command.run("serve", "--db", path, "--port", "18397")
        #expect(refused.status == 1 && refused.stderr.contains("ktxh migrate") && refused.stderr.contains("--migrate"))
        let migrated = try command.json(try command.run("migrate", "--db", path, "--json").stdout)
        #expect(migrated["applied"] as? [String] == ["0026_CreatePlanTasks"])
        #expect(try command.run("migrate", "--pending", "--db", path).stdout.contains("mới nhất"))
        #expect(try command.run("user", "list", "--db", path).status == 0, "the migrated database is used as before")
        // A newer ktxh applied a step this one does not know.
        try sqlite(path, "INSERT INTO _fluent_migrations (id, name, batch) VALUES ('tuong-lai', '0099_FromTheFuture', 99)")
        let old = try command.run("plans", "list", "--db", path)
        #expect(old.status == 1 && old.stderr.contains("phiên bản ktxh mới hơn") && old.stderr.contains("0099_FromTheFuture"))
    }

    func sqlite(_ path: String, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()", path,
            statement,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

enum UpgradeFixture {
    /// The previous release's database, one migration behind this one.
    static let sqlite = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("upgrade/ktxh-0.2.0.sqlite")
}
