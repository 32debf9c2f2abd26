import Foundation

/// Tài khoản: a person who signs in. The password hash never leaves storage in this value.
public struct Account: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    /// Tên đăng nhập.
    public var username: String
    /// Họ tên, chức vụ as shown on pages and in the audit trail.
    public var displayName: String
    public var role: Role
    /// Phạm vi: the bodies a reporter reports for; empty for other roles.
    public var scope: [ReportingBody]
    public var isDisabled: Bool

    public init(
        id: Int64, username: String, displayName: String, role: Role, scope: [ReportingBody] = [],
        isDisabled: Bool = false
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.isDisabled = isDisabled
    }

    /// A username is 3 to 32 lower-case ASCII letters, digits, dots, dashes or underscores, so it reads the
    /// same in every log and cannot be confused with another by tone marks or case.
    public static func isValidUsername(_ name: String) -> Bool {
        (3...32).contains(name.count)
            && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }

    /// The shortest password accepted: long passphrases beat complexity rules.
    public static let minimumPasswordLength = 10
}
