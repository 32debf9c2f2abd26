import Foundation

/// The parts of `ktxh bench`, to run one while working on it (`--only http`).
public enum BenchmarkPart: String, CaseIterable, Sendable {
    case importing = "import"
    case rollUp = "rollup"
    case http
    case xlsx
    case scaling
}

/// `ktxh bench`: every benchmark in turn, each beside its reference measured in the same run, on SQLite and, when
/// a PostgreSQL database is given, on PostgreSQL too.
public enum BenchmarkSuite {
    public static func run(
        sizes: BenchmarkSizes, quick: Bool, postgres: String?, parts: Set<BenchmarkPart> = Set(BenchmarkPart.allCases),
        now: Date, progress: @escaping (String) -> Void
    ) async throws -> BenchmarkReport {
        if let postgres { try BenchmarkDatabase.checkEmpty(postgres) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var databases: [BenchmarkDatabase] = [.sqlite(directory: work)]
        if let postgres { databases.append(.postgres(url: postgres)) }

        var results: [BenchmarkResult] = []
        var disagreements = 0
        for database in databases where parts.contains(.importing) {
            progress("Nhập \(sizes.importLines) dòng vào \(database.name)")
            results.append(try await ImportBenchmark.run(lines: sizes.importLines, on: database, work: work))
        }
        var duckDB: Double?
        // The load benchmark serves the roll-up benchmark's national data, so it needs that part loaded.
        for database in databases where !parts.isDisjoint(with: [.rollUp, .http]) {
            let measured = try await RollUpBenchmarks.run(
                sizes: sizes, on: database, duckDB: &duckDB, progress: progress)
            if parts.contains(.rollUp) {
                results += measured.results
                disagreements += measured.disagreements
            }
            if parts.contains(.http) {
                results += try await HTTPBenchmark.run(
                    location: measured.location, spec: measured.spec, database: database.name, sizes: sizes, work: work,
                    progress: progress)
            }
        }
        if parts.contains(.xlsx) {
            progress("Ghi XLSX \(sizes.xlsxRows) dòng")
            results += try XLSXBenchmark.run(rows: sizes.xlsxRows, work: work)
        }
        if parts.contains(.scaling) {
            results += try await RollUpBenchmarks.scaling(sizes: sizes, work: work, progress: progress)
        }
        if let postgres { try BenchmarkDatabase.psql(postgres, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;") }
        guard disagreements == 0 else {
            throw BenchmarkError("Tổng hợp của ktxh và câu SQL viết tay khác nhau ở \(disagreements) ô.")
        }
        return BenchmarkReport(machine: .current, date: now, quick: quick, results: results)
    }
}
