/// Phân quyền: the one place that decides who may do what. Routes ask it; nothing else decides.
public enum Policy {
    /// The roles holding `permission`, whatever the body (scope is checked by `allows(_:_:for:)`).
    public static func roles(_ permission: Permission) -> Set<Role> {
        switch permission {
        case .anyone, .signedIn, .readFigures: Set(Role.allCases)
        case .readAll: [.admin, .planner, .approver, .viewer]
        case .enterFigures: [.reporter]
        case .review: [.admin, .planner, .approver]
        case .setUp, .importFiles: [.admin, .planner]
        case .manageAccounts: [.admin]
        }
    }

    /// True when `account` may do `permission`, for `body` where the permission is scoped.
    /// A disabled account may do nothing; a reporter only for the bodies in its scope.
    public static func allows(_ account: Account?, _ permission: Permission, for body: ReportingBody? = nil) -> Bool {
        guard permission != .anyone else { return true }
        guard let account, !account.isDisabled, roles(permission).contains(account.role) else { return false }
        guard permission.isScoped, account.role == .reporter else { return true }
        guard let body else { return false }
        return account.scope.contains { $0.covers(body) }
    }
}
