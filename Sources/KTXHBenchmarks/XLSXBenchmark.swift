import Foundation

/// Writing a large table as XLSX: `ktxh bench xlsx` against Python's XlsxWriter in constant-memory mode writing
/// the same cells (`scripts/bench_xlsx.py`, found from the source checkout the benchmark runs in).
enum XLSXBenchmark {
    static func run(rows: Int, work: URL) throws -> BenchmarkResult {
        let ours = try MeasuredProcess.run(
            [MeasuredProcess.ktxh, "bench", "xlsx", "--rows", "\(rows)", "-o", work.appendingPathComponent("ktxh.xlsx").path])
        let script = "scripts/bench_xlsx.py"
        var reference: MeasuredProcess.Measurement?
        if FileManager.default.fileExists(atPath: script) {
            reference = try? MeasuredProcess.run(
                ["python3", script, "--rows", "\(rows)", "-o", work.appendingPathComponent("xlsxwriter.xlsx").path])
        }
        let memory = ours.peakMegabytes.map { String(format: ", peak memory %.0f MB", $0) } ?? ""
        return BenchmarkResult(
            name: "xlsx", ktxh: ours.seconds, reference: reference?.seconds, referenceName: "XlsxWriter (constant_memory)",
            unit: "s", detail: "\(rows) rows × 9 columns\(memory)", goal: "≥ 5× faster than XlsxWriter")
    }
}
