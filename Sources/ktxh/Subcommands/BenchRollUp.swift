import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWorkflows

struct BenchRollUp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Tổng hợp 3.321 xã lên 34 tỉnh theo quy tắc của ktxh, so với một câu SQL viết tay, đo trong cùng lần chạy.")

    @Option(help: "Cơ sở dữ liệu trống để đo (mặc định: một tệp SQLite tạm, xóa sau khi đo).")
    var db: String?

    @Option(help: "Số chỉ tiêu mỗi xã (một nửa số lượng, một nửa tỷ lệ).")
    var indicators = 60

    @Option(help: "Số lần đo.")
    var runs = 3

    func validate() throws {
        guard (2...500).contains(indicators), (1...50).contains(runs) else {
            throw ValidationError("Số chỉ tiêu từ 2 đến 500, số lần đo từ 1 đến 50.")
        }
    }

    func run() async throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-bench-\(UUID().uuidString).sqlite")
            .path
        let location = DatabaseLocation.resolve(db ?? temporary, environment: [:])
        defer { if db == nil { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + s) } } }
        let report = try await Store.withMigrated(location) { store in
            try await RollUpBenchmark.run(store: store, indicators: indicators, runs: runs, progress: ProgressOutput.line)
        }
        print(BenchOutput.markdown(report, database: location))
        if report.disagreements > 0 {
            throw CommandError(userMessage: "Hai cách tổng hợp cho kết quả khác nhau ở \(report.disagreements) ô.")
        }
    }
}

enum BenchOutput {
    static func markdown(_ report: RollUpBenchmark.Report, database: DatabaseLocation) -> String {
        let kind = if case .postgres = database { "PostgreSQL" } else { "SQLite" }
        func f(_ v: Double) -> String { String(format: "%.3f", v) }
        return """
            | database | communes × indicators | figures | provinces | ktxh roll-up (s, median of \(report.ktxhSeconds.count)) | hand-written SQL (s) | ratio ktxh/SQL | cells that disagree |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | \(kind) | \(report.communes) × \(report.indicators) | \(report.figures) | \(report.provinces) | \(f(report.ktxhMedian)) | \(f(report.referenceMedian)) | \(String(format: "%.1f", report.ktxhMedian / max(report.referenceMedian, 1e-9)))× | \(report.disagreements) |
            """
    }
}
