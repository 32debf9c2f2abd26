import Foundation
import KTXHCore
import KTXHStorage

/// Đăng nhập, đổi mật khẩu: checking who someone is, and changing what they prove it with.
public struct Credentials: Sendable {
    public let store: Store
    public let hasher: PasswordHasher

    public init(store: Store, hasher: PasswordHasher) {
        self.store = store
        self.hasher = hasher
    }

    /// Failed sign-ins allowed per account and per address within `window`, before further tries wait it out.
    public struct Limits: Sendable {
        public var perAccount: Int
        public var perAddress: Int
        public var window: TimeInterval

        public init(perAccount: Int, perAddress: Int, window: TimeInterval) {
            self.perAccount = perAccount
            self.perAddress = perAddress
            self.window = window
        }
    }

    public enum Refusal: Error, Sendable, Equatable {
        /// Too many failures lately: nothing is checked until the window passes.
        case throttled(minutes: Int)
        /// A wrong name or password, or a disabled account: the same answer for each, so none can be told apart.
        case wrong

        public var message: String {
            switch self {
            case .throttled(let minutes):
                "Đăng nhập sai quá nhiều lần. Hãy thử lại sau \(minutes) phút hoặc liên hệ quản trị hệ thống."
            case .wrong: "Tên đăng nhập hoặc mật khẩu không đúng."
            }
        }
    }

    /// The account `username` and `password` name, every attempt recorded; an unknown name costs as much time as
    /// a wrong password.
    public func signIn(username: String, password: String, address: String, limits: Limits, at now: Date)
        async throws -> Result<Account, Refusal>
    {
        let failures = try await store.failedLoginAttempts(
            username: username, address: address, since: now.addingTimeInterval(-limits.window))
        guard failures.username < limits.perAccount, failures.address < limits.perAddress else {
            return .failure(.throttled(minutes: Int(limits.window / 60)))
        }
        let found = try await store.account(username: username)
        let matches = try await hasher.verify(password, found?.passwordHash ?? hasher.decoy)
        guard let account = found?.account, matches, !account.isDisabled else {
            try await store.recordLoginAttempt(username: username, address: address, succeeded: false, at: now)
            return .failure(.wrong)
        }
        try await store.recordLoginAttempt(username: username, address: address, succeeded: true, at: now)
        try await store.deleteExpiredSessions(at: now)
        return .success(account)
    }

    /// Changes `account`'s password, which ends every session it has; nil when done, else why not.
    public func changePassword(of account: Account, current: String, new: String, confirm: String, at now: Date)
        async throws -> String?
    {
        let stored = try await store.account(username: account.username)
        if try await !hasher.verify(current, stored?.passwordHash ?? "") { return "Mật khẩu hiện tại không đúng." }
        if new != confirm { return "Hai lần nhập mật khẩu mới không giống nhau." }
        if new == current { return "Mật khẩu mới phải khác mật khẩu hiện tại." }
        if let problem = Passwords.problem(new) { return problem }
        try await store.updateAccount(
            id: account.id, AccountChange(passwordHash: try await hasher.hash(new)), by: account.username, at: now)
        return nil
    }
}
