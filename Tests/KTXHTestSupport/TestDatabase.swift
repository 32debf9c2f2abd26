import Foundation
import KTXHStorage

/// Real databases for storage tests: a temporary SQLite file always, and a fresh PostgreSQL database
/// per test when `KTXH_TEST_POSTGRES_URL` is set (CI starts a local cluster and sets it).
public enum TestDatabase {
    public enum Kind: String, Sendable, CaseIterable, CustomStringConvertible {
        case sqlite, postgres
        public var description: String { rawValue }
    }

    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["KTXH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The kinds to run against here: SQLite, plus PostgreSQL when configured.
    public static var available: [Kind] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// Runs `body` with a migrated, empty store of `kind`, then removes the database.
    public static func withStore<T>(_ kind: Kind, _ body: (Store) async throws -> T) async throws -> T {
        let (location, cleanup) = try await create(kind)
        do {
            let result = try await Store.withMigrated(location, body)
            try await cleanup()
            return result
        } catch {
            try? await cleanup()
            throw error
        }
    }

    /// A new empty database and the way to remove it.
    public static func create(_ kind: Kind) async throws -> (DatabaseLocation, @Sendable () async throws -> Void) {
        switch kind {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("ktxh-test-\(UUID().uuidString).sqlite").path
            return (
                .sqlite(path: path),
                {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                }
            )
        case .postgres:
            guard let base = postgresURL, var components = URLComponents(string: base) else {
                throw CocoaError(.featureUnsupported)
            }
            let name = "ktxh_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await admin(base, "CREATE DATABASE \(name)")
            components.path = "/\(name)"
            let url = components.string ?? base
            return (.postgres(url: url), { try await admin(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
    }

    private static func admin(_ url: String, _ statement: String) async throws {
        try await Store.withOpened(.postgres(url: url)) { try await $0.execute(statement) }
    }
}
