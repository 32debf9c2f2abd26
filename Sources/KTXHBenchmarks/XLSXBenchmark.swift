import Foundation

/// Writing a large table as XLSX: `ktxh bench xlsx` against two writers of the same cells, Python's XlsxWriter in
/// constant-memory mode (`scripts/bench_xlsx.py`) and the C library libxlsxwriter in the same mode
/// (`scripts/bench_xlsx.c`, built here with the system's C compiler), both found from the source checkout the
/// benchmark runs in.
enum XLSXBenchmark {
    static func run(rows: Int, work: URL) throws -> [BenchmarkResult] {
        let ours = try MeasuredProcess.run(
            [MeasuredProcess.ktxh, "bench", "xlsx", "--rows", "\(rows)", "-o", work.appendingPathComponent("ktxh.xlsx").path])
        let memory = ours.peakMegabytes.map { String(format: ", peak memory %.0f MB", $0) } ?? ""
        let detail = "\(rows) rows × 9 columns\(memory)"
        var python: MeasuredProcess.Measurement?
        if FileManager.default.fileExists(atPath: "scripts/bench_xlsx.py") {
            python = try? MeasuredProcess.run(
                [
                    "python3", "scripts/bench_xlsx.py", "--rows", "\(rows)", "-o",
                    work.appendingPathComponent("xlsxwriter.xlsx").path,
                ])
        }
        var c: MeasuredProcess.Measurement?
        if let program = try? libxlsxwriter(work: work) {
            c = try? MeasuredProcess.run([program.path, "\(rows)", work.appendingPathComponent("libxlsxwriter.xlsx").path])
        }
        return [
            BenchmarkResult(
                name: "xlsx", ktxh: ours.seconds, reference: python?.seconds, referenceName: "XlsxWriter (constant_memory)",
                unit: "s", detail: detail, goal: "≥ 5× faster than XlsxWriter"),
            BenchmarkResult(
                name: "xlsx vs libxlsxwriter", ktxh: ours.seconds, reference: c?.seconds,
                referenceName: "libxlsxwriter (constant_memory, C)", unit: "s",
                detail: detail + (c?.peakMegabytes.map { String(format: "; libxlsxwriter %.0f MB", $0) } ?? ""),
                goal: "≤ 1.5× libxlsxwriter"),
        ]
    }

    /// The C reference built into `work`, nil when there is no compiler or no libxlsxwriter (Debian
    /// `libxlsxwriter-dev`) on this machine.
    static func libxlsxwriter(work: URL) throws -> URL? {
        let source = "scripts/bench_xlsx.c"
        guard FileManager.default.fileExists(atPath: source), let compiler = MeasuredProcess.find("cc"),
            FileManager.default.fileExists(atPath: "/usr/include/xlsxwriter.h")
        else { return nil }
        let program = work.appendingPathComponent("bench_xlsx_c")
        try MeasuredProcess.run([compiler, "-O2", "-o", program.path, source, "-lxlsxwriter"])
        return program
    }
}
