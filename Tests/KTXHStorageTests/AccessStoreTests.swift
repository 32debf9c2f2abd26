import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHStorage

@Suite("Accounts, sessions and the audit trail in storage")
struct AccessStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_748_743_200)

    @Test("The audit trail refuses UPDATE and DELETE, even from the app's own connection", arguments: TestDatabase.available)
    func auditIsAppendOnly(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await store.record([
                AuditEntry(at: Self.t0, actor: "kehoach", entity: .period, key: "058-2025 2025-H1", action: "Mở kỳ báo cáo")
            ])
            await #expect(throws: (any Error).self) {
                try await store.execute("UPDATE audit_log SET actor = 'ai-do'")
            }
            await #expect(throws: (any Error).self) {
                try await store.execute("DELETE FROM audit_log")
            }
            let entries = try await store.auditEntries()
            #expect(entries.map(\.actor) == ["kehoach"], "the entry is unchanged")
        }
    }

    @Test("On PostgreSQL no role, the app's own included, holds UPDATE, DELETE or TRUNCATE on the audit trail")
    func auditPrivileges() async throws {
        guard TestDatabase.available.contains(.postgres) else { return }
        try await TestDatabase.withStore(.postgres) { store in
            let audit = try await store.privileges(table: "audit_log")
            #expect(audit.contains("INSERT") && audit.contains("SELECT"))
            #expect(audit.isDisjoint(with: ["UPDATE", "DELETE", "TRUNCATE"]), "\(audit)")
            #expect(try await store.privileges(table: "observations").contains("UPDATE"), "other tables keep theirs")
        }
    }

    @Test(
        "An account is created once, changed with every field audited, and its sessions end when disabled",
        arguments: TestDatabase.available)
    func accountLifecycle(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let scope = [ReportingBody(unitCode: "058", department: "Phòng Kinh tế")]
            try await store.save(units: [AdminUnit(code: "058", name: "Thành phố Bắc Kạn", kindName: "thành phố")])
            let account = try await store.createAccount(
                username: "kinhte", displayName: "Cán bộ Phòng Kinh tế", role: .reporter, scope: scope,
                passwordHash: "x", by: "quantri", at: Self.t0)
            await #expect(throws: StorageError.self) {
                try await store.createAccount(
                    username: "kinhte", displayName: "Trùng", role: .viewer, scope: [], passwordHash: "y", by: "quantri",
                    at: Self.t0)
            }
            #expect(try await store.account(username: "kinhte")?.account.scope == scope)
            try await store.createSession(
                tokenHash: "abc", accountID: account.id, csrfToken: "c", at: Self.t0, expiresAt: Self.t0 + 3600)
            #expect(try await store.session(tokenHash: "abc", at: Self.t0 + 60)?.account.username == "kinhte")
            #expect(try await store.session(tokenHash: "abc", at: Self.t0 + 7200) == nil, "an expired session is no session")
            try await store.updateAccount(
                id: account.id, AccountChange(role: .viewer, scope: [], isDisabled: true), by: "quantri", at: Self.t0)
            #expect(try await store.session(tokenHash: "abc", at: Self.t0 + 60) == nil, "disabling ends the sessions")
            let changes = try await store.auditEntries(entity: .account, key: "kinhte").filter { $0.action == "Sửa tài khoản" }
            #expect(Set(changes.map(\.field)) == ["Vai trò", "Trạng thái", "Phạm vi"])
            let role = try #require(changes.first { $0.field == "Vai trò" })
            #expect(role.oldValue == Role.reporter.vietnameseName && role.newValue == Role.viewer.vietnameseName)
            #expect(role.actor == "quantri")
        }
    }

    @Test("Failed logins are counted per username and per address within the window", arguments: TestDatabase.available)
    func loginAttempts(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            for i in 0..<3 {
                try await store.recordLoginAttempt(
                    username: "kehoach", address: "10.0.0.\(i)", succeeded: false, at: Self.t0 + Double(i))
            }
            try await store.recordLoginAttempt(username: "khac", address: "10.0.0.1", succeeded: false, at: Self.t0)
            try await store.recordLoginAttempt(username: "kehoach", address: "10.0.0.1", succeeded: true, at: Self.t0)
            let counts = try await store.failedLoginAttempts(username: "kehoach", address: "10.0.0.1", since: Self.t0 - 1)
            #expect(counts.username == 3)
            #expect(counts.address == 2)
            let later = try await store.failedLoginAttempts(username: "kehoach", address: "10.0.0.1", since: Self.t0 + 10)
            #expect(later.username == 0)
        }
    }
}
