import Foundation
import KTXHCore
import KTXHStorage

/// An account as an admin (on the page) or `ktxh user add` asks for it, checked before anything is saved.
public struct AccountDraft: Sendable {
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: [ReportingBody]
    /// Nil to keep the password (editing) or to generate one (creating).
    public var password: String?

    public init(username: String, displayName: String, role: Role, scope: [ReportingBody], password: String?) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.password = password
    }

    /// Every problem, each naming the field and the value; empty when the draft can be saved.
    public func problems(creating: Bool, store: Store) async throws -> [String] {
        var problems: [String] = []
        if creating && !Account.isValidUsername(username) {
            problems.append(
                "Tên đăng nhập «\(username)»: chỉ dùng 3-32 chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.")
        }
        if creating, try await store.account(username: username) != nil {
            problems.append("Tên đăng nhập «\(username)» đã có người dùng.")
        }
        if displayName.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Họ tên: chưa nhập.") }
        if role == .reporter && scope.isEmpty {
            problems.append("Phạm vi: tài khoản Nhập số liệu cần ít nhất một đơn vị (ví dụ «058:Phòng Kinh tế»).")
        }
        if role != .reporter && !scope.isEmpty {
            problems.append(
                "Phạm vi: chỉ tài khoản Nhập số liệu mới có phạm vi; vai trò \(role.vietnameseName) xem theo vai trò.")
        }
        for body in scope where try await store.unit(code: body.unitCode) == nil {
            problems.append("Phạm vi «\(body)»: không có đơn vị hành chính mã \(body.unitCode).")
        }
        if let password, let problem = Passwords.problem(password) { problems.append(problem) }
        return problems
    }

    /// Reads the scope field: one body a line; the lines that are not one are returned as problems.
    public static func scope(_ text: String) -> (bodies: [ReportingBody], problems: [String]) {
        var bodies: [ReportingBody] = []
        var problems: [String] = []
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty {
            if let body = ReportingBody(line) {
                bodies.append(body)
            } else {
                problems.append("Phạm vi «\(line)»: viết «mã đơn vị:tên phòng» hoặc chỉ «mã đơn vị».")
            }
        }
        return (bodies, problems)
    }

    /// Saves a new account; returns it with the password it got (generated when none was given).
    public func create(store: Store, hasher: PasswordHasher, by actor: String, at now: Date) async throws -> (Account, String) {
        let password = self.password ?? Passwords.generate()
        let account = try await store.createAccount(
            username: username, displayName: displayName, role: role, scope: scope,
            passwordHash: try await hasher.hash(password), by: actor, at: now)
        return (account, password)
    }

    /// Why `me` may not save this draft over `account`: nobody locks themselves out or gives up their own admin.
    public func problems(updating account: Account, disabled: Bool, by me: Account) -> [String] {
        account.id == me.id && (disabled || role != .admin)
            ? ["Không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình."] : []
    }

    /// Saves the draft over `account` (the password only when one is given), audited under `actor`.
    public func update(
        _ account: Account, disabled: Bool, store: Store, hasher: PasswordHasher, by actor: String, at now: Date
    ) async throws {
        var hash: String?
        if let password { hash = try await hasher.hash(password) }
        try await store.updateAccount(
            id: account.id,
            AccountChange(
                displayName: displayName, role: role, scope: scope, isDisabled: disabled, passwordHash: hash),
            by: actor, at: now)
    }
}
