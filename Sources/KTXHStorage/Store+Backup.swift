import Foundation
import SQLKit

/// Sao lưu: a consistent copy of the whole database taken while it is in use, and its way back.
///
/// SQLite is copied by `VACUUM INTO`, a read transaction that sees one moment of the database while
/// writers go on; PostgreSQL by `pg_dump` in its custom format, one snapshot too. A copy is written beside
/// its destination and renamed into place, so a backup that fails leaves no half-written file under the
/// name an administrator expects.
extension Store {
    /// What a backup or a restore copied: each table with its rows.
    public struct TableCount: Sendable, Hashable {
        public var table: String
        public var rows: Int
    }

    /// Writes a copy of the database to `file`, replacing a file already there.
    public func backup(to file: URL) async throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        switch location {
        case .sqlite, .sqliteInMemory:
            do {
                try await sql.raw("VACUUM INTO \(bind: temporary.path)").run()
            } catch {
                throw StorageError("Không ghi được bản sao lưu vào «\(file.path)»: \(String(reflecting: error))")
            }
        case .postgres(let url):
            try PostgresTools.run(
                "pg_dump", ["--format=custom", "--no-owner", "--file=\(temporary.path)", "--dbname=\(url)"],
                failure: "pg_dump không sao lưu được cơ sở dữ liệu \(location)")
        }
        guard rename(temporary.path, file.path) == 0 else {
            throw StorageError("Không ghi được bản sao lưu vào «\(file.path)»: \(String(cString: strerror(errno))).")
        }
    }

    /// Puts the database a backup holds at `location`. A database that already holds records is only
    /// overwritten with `force`; a PostgreSQL restore is one transaction, a SQLite file is renamed into place.
    public static func restore(from file: URL, to location: DatabaseLocation, force: Bool) async throws {
        let kind = try BackupKind(of: file)
        switch (kind, location) {
        case (.sqlite, .sqlite(let path)):
            try await BackupKind.checkSQLite(file)
            try await refuseToOverwrite(location, force: force)
            let target = URL(fileURLWithPath: path)
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
            defer { try? FileManager.default.removeItem(at: temporary) }
            do {
                try FileManager.default.copyItem(at: file, to: temporary)
            } catch {
                throw StorageError("Không ghi được cơ sở dữ liệu «\(path)»: \(error.localizedDescription)")
            }
            // The old file's journal belongs to the old file: left beside the new one, SQLite would replay it.
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard rename(temporary.path, path) == 0 else {
                throw StorageError("Không ghi được cơ sở dữ liệu «\(path)»: \(String(cString: strerror(errno))).")
            }
        case (.postgres, .postgres(let url)):
            try await refuseToOverwrite(location, force: force)
            try PostgresTools.run(
                "pg_restore",
                [
                    "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                    "--dbname=\(url)", file.path,
                ],
                failure: "pg_restore không khôi phục được vào \(location); cơ sở dữ liệu giữ nguyên như trước")
        case (.sqlite, _):
            throw StorageError(
                "«\(file.lastPathComponent)» là bản sao lưu SQLite; hãy khôi phục vào một tệp SQLite (--db ĐƯỜNG_DẪN.sqlite).")
        case (.postgres, _):
            throw StorageError(
                "«\(file.lastPathComponent)» là bản sao lưu PostgreSQL; hãy khôi phục vào một cơ sở dữ liệu PostgreSQL "
                    + "(--db postgres://…).")
        }
    }

    /// Refuses a database that already holds records: a restore would replace them.
    static func refuseToOverwrite(_ location: DatabaseLocation, force: Bool) async throws {
        guard !force else { return }
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) { return }
        let counts = try await withOpened(location) { try await $0.tableCounts() }
        let filled = counts.filter { $0.rows > 0 && !$0.table.hasPrefix("_fluent") }
        guard !filled.isEmpty else { return }
        let rows = filled.map(\.rows).reduce(0, +)
        throw StorageError(
            "Cơ sở dữ liệu \(location) đã có dữ liệu (\(rows) dòng trong \(filled.count) bảng). Khôi phục sẽ thay toàn bộ; "
                + "thêm --force nếu chắc chắn.")
    }

    /// Every table of the database with its number of rows, by name.
    public func tableCounts() async throws -> [TableCount] {
        var result: [TableCount] = []
        for table in try await tableNames() {
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
            result.append(TableCount(table: table, rows: try row?.decode(column: "n", as: Int.self) ?? 0))
        }
        return result
    }

    /// A table's rows as text, sorted: two databases hold the same records when these agree.
    public func tableRows(_ table: String) async throws -> [String] {
        let rows: [any SQLRow]
        if location.isPostgres {
            rows = try await sql.raw("SELECT t::text AS r FROM \(ident: table) t ORDER BY 1").all()
        } else {
            let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table)) ORDER BY cid").all()
                .map { try $0.decode(column: "name", as: String.self) }
            let quoted = columns.map { "quote(\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\")" }
            let expression = quoted.isEmpty ? "''" : quoted.joined(separator: " || '|' || ")
            rows = try await sql.raw("SELECT \(unsafeRaw: expression) AS r FROM \(ident: table) ORDER BY 1").all()
        }
        return try rows.map { try $0.decode(column: "r", as: String?.self) ?? "" }
    }

    func tableNames() async throws -> [String] {
        let query: SQLQueryString =
            location.isPostgres
            ? """
            SELECT table_name AS name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
            """
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }
}

/// What a backup file holds, read from its first bytes.
enum BackupKind {
    case sqlite, postgres

    init(of file: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: file) else {
            throw StorageError("Không mở được tệp sao lưu «\(file.path)».")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.starts(with: Array("SQLite format 3".utf8)) {
            self = .sqlite
        } else if head.starts(with: Array("PGDMP".utf8)) {
            self = .postgres
        } else {
            throw StorageError("«\(file.lastPathComponent)» không phải bản sao lưu của ktxh (SQLite hoặc pg_dump).")
        }
    }

    /// A SQLite backup must be whole and be ktxh's before it replaces anything.
    static func checkSQLite(_ file: URL) async throws {
        let (check, tables) = try await Store.withOpened(.sqlite(path: file.path)) { store in
            let check = try await store.sql.raw("PRAGMA integrity_check").first()?.decode(
                column: "integrity_check", as: String.self)
            return (check, try await store.tableNames())
        }
        guard check == "ok" else { throw StorageError("Tệp sao lưu «\(file.lastPathComponent)» bị hỏng: \(check ?? "?").") }
        guard tables.contains("_fluent_migrations") else {
            throw StorageError("«\(file.lastPathComponent)» là một tệp SQLite nhưng không phải cơ sở dữ liệu ktxh.")
        }
    }
}

/// pg_dump and pg_restore, found on the PATH or in Debian's /usr/lib/postgresql/VERSION/bin (newest first).
enum PostgresTools {
    static func path(of tool: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(tool)" }
        let debian =
            ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin/\(tool)" }
        return (debian + onPath).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String], failure: String) throws {
        guard let executable = path(of: tool) else {
            throw StorageError("Không tìm thấy \(tool); hãy cài gói postgresql-client cùng phiên bản với máy chủ.")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw StorageError("Không chạy được \(executable): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StorageError("\(failure): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
