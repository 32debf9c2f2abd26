import Foundation
import KTXHCore
import KTXHStorage

/// `ktxh demo`'s accounts: one of each role, with passwords generated when they are created and printed
/// once. A real deployment has none of them: its first account comes from `ktxh user add --role admin`.
public enum DemoAccounts {
    public struct Created: Sendable, Hashable {
        public var username: String
        public var role: Role
        public var displayName: String
        public var scope: [ReportingBody]
        public var password: String
    }

    public static let drafts: [AccountDraft] = [
        AccountDraft(username: "quantri", displayName: "Quản trị hệ thống", role: .admin, scope: [], password: nil),
        AccountDraft(
            username: "kehoach", displayName: "Phòng Tài chính - Kế hoạch thành phố", role: .planner, scope: [],
            password: nil),
        AccountDraft(
            username: "kinhte", displayName: "Cán bộ Phòng Kinh tế", role: .reporter,
            scope: [ReportingBody(unitCode: "058", department: "Phòng Kinh tế")], password: nil),
        AccountDraft(
            username: "lanhdao", displayName: "Phó Chủ tịch UBND thành phố", role: .approver, scope: [], password: nil),
        AccountDraft(username: "hdnd", displayName: "Đại biểu HĐND thành phố", role: .viewer, scope: [], password: nil),
    ]

    /// Opens the first half of 2025 of Bắc Kạn city's 2025 plan, so the demo's reporter has a form to fill:
    /// figures cut on 14/6 under Nghị định 09/2019/NĐ-CP, due on 20/6.
    static func openDemoPeriod(in store: Store, at now: Date) async throws {
        guard let plan = try await store.planSummaries().first(where: { $0.key == "058-2025" }),
            let cutoff = CalendarDay("2025-06-14"), let deadline = CalendarDay("2025-06-20")
        else { return }
        try await store.openReportingPeriod(
            planID: plan.id, period: Period(year: 2025, kind: .half(1)), cutoff: cutoff, deadline: deadline,
            by: "ktxh demo", at: now)
    }

    /// Creates the demo accounts when the database has no account at all; returns what it created (empty
    /// when accounts already exist, so a second `ktxh demo` changes nothing).
    public static func createIfNone(in store: Store, hasher: PasswordHasher, at now: Date) async throws -> [Created] {
        guard try await store.accounts().isEmpty else { return [] }
        var created: [Created] = []
        for draft in drafts {
            let (account, password) = try await draft.create(store: store, hasher: hasher, by: "ktxh demo", at: now)
            created.append(
                Created(
                    username: account.username, role: account.role, displayName: account.displayName,
                    scope: account.scope, password: password))
        }
        try await openDemoPeriod(in: store, at: now)
        return created
    }
}
