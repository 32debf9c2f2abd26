import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The database ktxh keeps its records in: one set of migrations and queries for SQLite and PostgreSQL.
///
/// A `Store` owns its connection pool; call `shutdown()` when done.
public final class Store: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let logger: Logger
    let eventLoop: any EventLoop
    private let eventLoops: any EventLoopGroup
    private let ownedThreadPool: NIOThreadPool?

    /// Opens the database at `location`. Pass the web app's event loop group and thread pool when there
    /// is one; otherwise the store uses the shared singletons.
    public init(
        location: DatabaseLocation, eventLoopGroup: (any EventLoopGroup)? = nil, threadPool: NIOThreadPool? = nil,
        logger: Logger = Store.quietLogger
    ) throws {
        let group = eventLoopGroup ?? MultiThreadedEventLoopGroup.singleton
        let pool = threadPool ?? NIOThreadPool(numberOfThreads: 2)
        if threadPool == nil { pool.start() }
        self.ownedThreadPool = threadPool == nil ? pool : nil
        self.location = location
        self.logger = logger
        self.eventLoop = group.any()
        self.eventLoops = group
        self.databases = Databases(threadPool: pool, on: group)
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteInMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            do {
                databases.use(
                    try .postgres(
                        url: url, maxConnectionsPerEventLoop: Self.postgresConnectionsPerEventLoop, sqlLogLevel: .trace),
                    as: .psql)
            } catch {
                throw StorageError("Địa chỉ cơ sở dữ liệu PostgreSQL không hợp lệ: «\(location)».")
            }
        }
    }

    /// Warnings and errors only: a command's output stays readable.
    public static var quietLogger: Logger {
        var logger = Logger(label: "ktxh.storage")
        logger.logLevel = .warning
        return logger
    }

    /// PostgreSQL connections each event loop (one per core) may hold: requests waiting on one query do not
    /// queue behind another's, and the server stays well under PostgreSQL's 100 connections with a few processes.
    static let postgresConnectionsPerEventLoop = 4

    /// How long a SQLite write waits for another process's before it gives up.
    static let sqliteBusyTimeoutMilliseconds = 10_000

    /// The Fluent database handle, for migrations and transactions. SQLite keeps one connection, on one event
    /// loop: its writes are serialized anyway, and a second writer could fail where the first reads then writes
    /// (a deferred transaction cannot wait its turn). PostgreSQL spreads requests over every event loop's pool.
    var database: any Database {
        get throws {
            let loop = if case .postgres = location { eventLoops.any() } else { eventLoop }
            guard let db = databases.database(logger: logger, on: loop) else {
                throw StorageError("Không mở được cơ sở dữ liệu «\(location)».")
            }
            return db
        }
    }

    /// The SQL handle every query goes through.
    var sql: any SQLDatabase {
        get throws { try Store.sql(try database) }
    }

    static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else {
            throw StorageError("Cơ sở dữ liệu không hỗ trợ SQL.")
        }
        return sql
    }

    /// Runs `body` in one transaction: all of it is saved, or none.
    ///
    /// SQLite does not wait for a lock a transaction needs after it has read (its busy handler would risk a
    /// deadlock): a save that reads first is refused at once while another process writes. Such a transaction is
    /// rolled back whole and run again, for as long as a write waits for a lock elsewhere (`busy_timeout`).
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let deadline = Date().addingTimeInterval(Double(Self.sqliteBusyTimeoutMilliseconds) / 1000)
        var pause: UInt64 = 20_000_000
        while true {
            do {
                return try await database.transaction { db in try await body(try Store.sql(db)) }
            } catch {
                guard case .sqlite = location, StorageError.explaining(error)?.condition == .busy, Date() < deadline else {
                    throw error
                }
                try await Task.sleep(nanoseconds: pause)
                pause = min(pause * 2, 250_000_000)
            }
        }
    }

    /// Brings the schema up to date, and sets SQLite's journal to WAL with foreign keys on.
    public func migrate() async throws {
        try await configureConnection()
        try await refuseNewerSchema()
        let migrations = Migrations()
        migrations.add(Schema.migrations)
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: logger, on: eventLoop, migrationLogLevel: .debug)
        do {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        } catch {
            throw StorageError("Không cập nhật được cấu trúc cơ sở dữ liệu «\(location)»: \(String(reflecting: error))")
        }
    }

    /// Steps a newer ktxh applied that this one does not know: an older binary must not write to that database.
    public func unknownMigrations() async throws -> [String] {
        let known = Set(Schema.migrations.map(\.name))
        let applied: [String]
        do {
            applied = try await sql.raw("SELECT name FROM _fluent_migrations").all().map {
                try $0.decode(column: "name", as: String.self)
            }
        } catch {
            return []  // A database with no schema yet.
        }
        return applied.filter { !known.contains($0) }.sorted()
    }

    /// Refuses a database whose schema is newer than this binary's.
    func refuseNewerSchema() async throws {
        let unknown = try await unknownMigrations()
        guard let newest = unknown.last else { return }
        throw StorageError(
            "Cơ sở dữ liệu \(location) đã được cập nhật bởi một phiên bản ktxh mới hơn bản này (bước «\(newest)»). "
                + "Hãy chạy bản ktxh mới nhất; bản cũ không được ghi vào cơ sở dữ liệu này.")
    }

    /// The migrations not yet applied, by name.
    public func pendingMigrations() async throws -> [String] {
        try await configureConnection()
        let migrations = Migrations()
        migrations.add(Schema.migrations)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
        try await migrator.setupIfNeeded().get()
        try await refuseNewerSchema()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }

    private func configureConnection() async throws {
        guard case .sqlite = location else { return }
        let sql = try self.sql
        // WAL lets the web app read while an import writes; foreign keys are off by default in SQLite.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA foreign_keys=ON").run()
        // Another process writing (an import from the command line while the server runs): wait for it, up to a
        // bound, rather than fail at once; past it the error names the busy database.
        try await sql.raw("PRAGMA busy_timeout=\(unsafeRaw: String(Self.sqliteBusyTimeoutMilliseconds))").run()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
        try? await ownedThreadPool?.shutdownGracefully()
    }

    /// Opens the store at `location`, migrates it, runs `body` and always closes the store.
    public static func withMigrated<T>(_ location: DatabaseLocation, _ body: (Store) async throws -> T) async throws -> T {
        try await withOpened(location) { store in
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Opens the store for one piece of work and shuts it down afterwards, whether the work succeeded or not.
    public static func withOpened<T>(_ location: DatabaseLocation, _ body: (Store) async throws -> T) async throws -> T {
        let store = try Store(location: location)
        do {
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

extension Store {
    /// Folds SQLite's write-ahead log into the main file, so the file can be copied or renamed alone.
    public func checkpoint() async throws {
        guard case .sqlite = location else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}

extension Store {
    /// Runs one SQL statement outside the typed queries: administration (CREATE DATABASE) and tests.
    /// Answers when the database does: `/healthz` asks it on every probe.
    public func ping() async throws {
        try await sql.raw("SELECT 1 AS one").run()
    }

    public func execute(_ statement: String) async throws {
        try await sql.raw(SQLQueryString(statement)).run()
    }
}
