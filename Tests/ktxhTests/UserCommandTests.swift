import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing

/// `ktxh user` and the demo's accounts, through the real binary.
@Suite("ktxh user")
struct UserCommandTests {
    let command = CommandTests()

    func run(_ arguments: [String], stdin: String) throws -> CommandTests.Result {
        let process = Process()
        process.executableURL = CommandTests.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KTXH_DATABASE_URL")
        process.environment = env
        let input = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandTests.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func database(_ kind: TestDatabase.Kind) async throws -> (String, @Sendable () async throws -> Void) {
        let (location, cleanup) = try await TestDatabase.create(kind)
        switch location {
        case .postgres(let url): return (url, cleanup)
        case .sqlite(let path): return (path, cleanup)
        case .sqliteInMemory: return (":memory:", cleanup)
        }
    }

    @Test("A real deployment's first admin: user add --password-stdin, then list; bad input is refused")
    func firstAdmin() async throws {
        let (db, cleanup) = try await database(.sqlite)
        _ = try command.run("migrate", "--db", db)
        let add = try run(
            ["user", "add", "quantri", "--role", "admin", "--name", "Quản trị", "--password-stdin", "--db", db],
            stdin: "mot-mat-khau-dai\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("Đã tạo tài khoản «quantri»"))
        #expect(!add.stdout.contains("mot-mat-khau-dai"), "a given password is not echoed")
        let again = try command.run("user", "add", "quantri", "--role", "viewer", "--name", "X", "--db", db)
        #expect(again.status == 1)
        #expect(again.stderr.contains("đã có người dùng"))
        let role = try command.run("user", "add", "ai", "--role", "boss", "--name", "X", "--db", db)
        #expect(role.stderr.contains("Vai trò «boss» không có"))
        let scope = try command.run("user", "add", "kinhte", "--role", "reporter", "--name", "X", "--db", db)
        #expect(scope.stderr.contains("cần ít nhất một đơn vị"))
        let list = try command.run("user", "list", "--db", db)
        #expect(list.stdout.split(separator: "\n").map { String($0.prefix(while: { $0 != "\t" })) } == ["quantri"])
        let stored = try await Store.withOpened(.sqlite(path: db)) { try await $0.account(username: "quantri") }
        #expect(stored?.account.role == .admin)
        #expect(stored?.passwordHash.hasPrefix("$2b$12$") == true, "cost 12 outside tests")
        try await cleanup()
    }

    @Test("The CLI reads the time from its one clock, which KTXH_NOW fixes")
    func fixedClock() async throws {
        let (db, cleanup) = try await database(.sqlite)
        _ = try command.run("migrate", "--db", db)
        let add = try command.run(
            "user", "add", "kehoach", "--role", "planner", "--name", "Phòng Kế hoạch", "--db", db,
            environment: ["KTXH_NOW": "2025-06-01T02:00:00Z"])
        #expect(add.status == 0, "\(add.stderr)")
        let entries = try await Store.withOpened(.sqlite(path: db)) { try await $0.auditEntries() }
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.at == TestClock.now }, "\(entries.map(\.at))")
        try await cleanup()
    }

    @Test("ktxh demo creates and prints one account of each role, once", arguments: TestDatabase.available)
    func demoAccounts(_ kind: TestDatabase.Kind) async throws {
        let (db, cleanup) = try await database(kind)
        let demo = try command.run("demo", "--no-serve", "--db", db)
        #expect(demo.status == 0, "\(demo.stderr)")
        let lines = demo.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
        let roles = lines.compactMap { line in
            Role.allCases.first { line.hasSuffix($0.vietnameseName) || line.contains("\t\($0.vietnameseName)") }
        }
        #expect(Set(roles) == Set(Role.allCases), "\(demo.stdout)")
        #expect(lines.allSatisfy { $0.split(separator: "\t").count >= 3 })
        let second = try command.run("demo", "--no-serve", "--db", db)
        #expect(second.stdout.contains("Tài khoản đã có sẵn"))
        try await cleanup()
    }
}
