import Foundation
import KTXHStorage

/// Where a benchmark writes: a throw-away SQLite file, or the PostgreSQL database `--db` names, which must be empty
/// or one `ktxh bench` made before (it is emptied before each use).
enum BenchmarkDatabase: Sendable {
    case sqlite(directory: URL)
    case postgres(url: String)

    static let marker = "ktxh_bench_marker"

    var name: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// A fresh, migrated database called `label`: a new file, or the PostgreSQL database emptied.
    func fresh(_ label: String) throws -> DatabaseLocation {
        switch self {
        case .sqlite(let directory):
            let path = directory.appendingPathComponent("\(label).sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return .sqlite(path: path)
        case .postgres(let url):
            try Self.psql(
                url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE \(Self.marker) (made_at TEXT);")
            return .postgres(url: url)
        }
    }

    /// `--db` for a ktxh command run on `location` (the password not masked, unlike its description).
    static func argument(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): path
        case .sqliteInMemory: ":memory:"
        case .postgres(let url): url
        }
    }

    /// Refuses a PostgreSQL database that holds anything `ktxh bench` did not put there.
    static func checkEmpty(_ url: String) throws {
        let output = try psqlOutput(
            url,
            "SELECT COUNT(*) FILTER (WHERE table_name <> '\(marker)'), COUNT(*) FILTER (WHERE table_name = '\(marker)') "
                + "FROM information_schema.tables WHERE table_schema = 'public'")
        let counts = output.split(separator: "|").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard counts.count == 2, counts[0] == 0 || counts[1] == 1 else {
            throw BenchmarkError(
                "Cơ sở dữ liệu \(url) đã có dữ liệu; ktxh bench chỉ dùng một cơ sở dữ liệu trống dành riêng để đo.")
        }
    }

    static func psql(_ url: String, _ command: String) throws {
        _ = try psqlOutput(url, command)
    }

    static func psqlOutput(_ url: String, _ command: String) throws -> String {
        guard MeasuredProcess.find("psql") != nil else { throw BenchmarkError("Cần psql (gói postgresql-client).") }
        do {
            return try MeasuredProcess.output(["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A", "-c", command])
        } catch let failure as MeasuredProcess.Failure {
            throw BenchmarkError("psql: \(failure.output)")
        }
    }
}

public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
