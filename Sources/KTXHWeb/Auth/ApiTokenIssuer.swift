import Foundation
import KTXHCore
import KTXHStorage

/// Khóa API: issues the bearer tokens of `/api/v1`. The secret is shown once, to whoever creates it; the
/// database keeps its SHA-256 (like a session's), so neither a backup nor a copy of the table opens anything.
public enum ApiTokenIssuer {
    /// "ktxh_" and 32 random bytes: the prefix lets a secret scanner recognise a leaked token.
    static let prefix = "ktxh_"

    public struct Issued: Sendable {
        /// The secret, for the `Authorization: Bearer` header.
        public var token: String
        public var record: ApiToken
    }

    /// A new token acting for `username`, valid until `expiresAt` (nil: until revoked).
    public static func issue(
        store: Store, username: String, label: String, expiresAt: Date?, by actor: String, at now: Date
    ) async throws -> Issued {
        guard let account = try await store.account(username: username)?.account else {
            throw StorageError("Không có tài khoản «\(username)».")
        }
        guard !account.isDisabled else { throw StorageError("Tài khoản «\(username)» đang bị khóa.") }
        let token = prefix + SessionToken.random()
        let record = try await store.createApiToken(
            accountID: account.id, username: username, label: label.isEmpty ? "Khóa API" : label,
            tokenHash: SessionToken.hash(token), expiresAt: expiresAt, by: actor, at: now)
        return Issued(token: token, record: record)
    }

    /// "90d", "12h", "1y": how long a token lives; nil for a text that is none of these.
    public static func lifetime(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last, let count = Int(trimmed.dropLast()), count > 0 else { return nil }
        let seconds: [Character: TimeInterval] = ["h": 3600, "d": 86_400, "w": 7 * 86_400, "y": 365 * 86_400]
        return seconds[unit].map { $0 * TimeInterval(count) }
    }

    /// The account a request's `Authorization: Bearer …` acts for, when the token is live.
    static func account(bearer: String?, store: Store, at now: Date) async throws -> Account? {
        guard let bearer, bearer.hasPrefix(prefix) else { return nil }
        return try await store.apiTokenAccount(tokenHash: SessionToken.hash(bearer), at: now)
    }
}
