import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHWorkflows

/// Importing the machine format: `ktxh import` of N lines, run as a user runs it, against the database's own
/// bulk load of the same file into a bare table (the sqlite3 shell's `.import`, psql's `\copy`).
enum ImportBenchmark {
    static func run(lines: Int, on database: BenchmarkDatabase, work: URL) async throws -> BenchmarkResult {
        let spec = SyntheticSpec(indicators: 60)
        let file = work.appendingPathComponent("figures-\(lines).csv")
        if !FileManager.default.fileExists(atPath: file.path) {
            try writeFile(lines: lines, spec: spec, to: file)
        }
        let location = try database.fresh("import")
        try await Store.withMigrated(location) { store in
            try await UnitHistoryWorkflow.importUnits(store: store, files: [])
            try await store.save(indicators: (0..<spec.indicators).map { spec.indicator($0).catalogueEntry })
        }
        let ours = try MeasuredProcess.run([
            MeasuredProcess.ktxh, "import", file.path, "--db", BenchmarkDatabase.argument(location),
        ])
        let reference: MeasuredProcess.Measurement?
        let referenceName: String
        switch database {
        case .sqlite:
            referenceName = "sqlite3 .import"
            let bare = work.appendingPathComponent("bare.sqlite").path
            try? FileManager.default.removeItem(atPath: bare)
            reference =
                MeasuredProcess.find("sqlite3") == nil
                ? nil : try MeasuredProcess.run(["sqlite3", bare, ".import --csv \(file.path) figures"])
        case .postgres(let url):
            referenceName = "psql \\copy"
            try BenchmarkDatabase.psql(
                url,
                "CREATE TABLE bench_bare (unit TEXT, indicator TEXT, period TEXT, kind TEXT, value TEXT, numerator TEXT, "
                    + "denominator TEXT, note TEXT)")
            reference = try MeasuredProcess.run(
                ["psql", url, "-q", "-c", "\\copy bench_bare FROM '\(file.path)' WITH (FORMAT csv, HEADER true)"])
        }
        let memory = ours.peakMegabytes.map { String(format: ", peak memory %.0f MB", $0) } ?? ""
        return BenchmarkResult(
            name: "import \(database.name)", ktxh: ours.seconds, reference: reference?.seconds,
            referenceName: referenceName, unit: "s",
            detail: "\(lines.formatted(.number.locale(Locale(identifier: "en_US")))) lines\(memory)",
            goal: "≤ 2× the reference, memory flat")
    }

    /// The machine format (docs/import.md): every commune and indicator, month after month back from December 2025,
    /// rates written with their numerator and denominator.
    static func writeFile(lines: Int, spec: SyntheticSpec, to url: URL) throws {
        let communes = try ShippedData.adminUnits2025().filter { $0.code.count == 5 }.map(\.code)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchmarkError("Không tạo được tệp \(url.path).")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "unit,indicator,period,kind,value,numerator,denominator,note\n"
        var written = 0
        var month = 0
        while written < lines {
            let period = Period(year: 2025 - month / 12, kind: .month(12 - month % 12)).code
            for commune in communes where written < lines {
                for index in 0..<spec.indicators where written < lines {
                    let indicator = spec.indicator(index)
                    let seed = (written &* 37) % 100_000
                    if case .rate = indicator.behaviour {
                        let denominator = 500 + seed % 4_500
                        buffer +=
                            "\(commune),\(indicator.code),\(period),actual,,\(denominator * (seed % 100) / 100),\(denominator),\n"
                    } else {
                        buffer += "\(commune),\(indicator.code),\(period),actual,\(seed / 10),,,\n"
                    }
                    written += 1
                    if buffer.utf8.count > 1 << 20 {
                        handle.write(Data(buffer.utf8))
                        buffer = ""
                    }
                }
            }
            month += 1
        }
        handle.write(Data(buffer.utf8))
    }
}
