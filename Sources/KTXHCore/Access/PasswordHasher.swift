/// Băm mật khẩu: how a password becomes what is stored, and how a login is checked against it. The live
/// hasher is bcrypt (KTXHPasswords); a test may use a cheaper one.
public struct PasswordHasher: Sendable {
    public let hash: @Sendable (_ password: String) async throws -> String
    /// False for a wrong password and for a stored value that is not this hasher's.
    public let verify: @Sendable (_ password: String, _ stored: String) async throws -> Bool
    /// Checked against when the username is unknown, so an unknown name takes as long as a wrong password.
    public let decoy: String

    public init(
        hash: @escaping @Sendable (String) async throws -> String,
        verify: @escaping @Sendable (String, String) async throws -> Bool, decoy: String
    ) {
        self.hash = hash
        self.verify = verify
        self.decoy = decoy
    }
}
