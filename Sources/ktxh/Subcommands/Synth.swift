import ArgumentParser
import Foundation
import KTXHCore
import KTXHWorkflows

struct Synth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sinh một bộ dữ liệu tổng hợp trên bản đồ hành chính 2025 để đo hiệu năng và thử dự báo.",
        discussion: """
            Nạp vào một cơ sở dữ liệu trống: 34 tỉnh, 3.321 xã, phường (hoặc --communes xã đầu tiên, rải đều các \
            tỉnh), các chỉ tiêu (số cộng dồn theo mùa vụ, tỷ lệ có tử số và mẫu số, số lượng tăng dần), kế hoạch \
            từng năm của mỗi tỉnh và mỗi xã với chỉ tiêu, số liệu từng kỳ (số cả năm có số ước tính trước rồi số \
            chính thức), khoảng 2% số xã không bao giờ báo cáo, khoảng 3% ô bỏ trống, và một ít số liệu nhập trên \
            trang web có nhật ký. Cùng --seed cho cùng một bộ dữ liệu.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Bản đồ đơn vị hành chính (hiện có: 2025).")
    var units = "2025"

    @Option(help: "Chỉ lấy N xã, phường đầu tiên (mặc định: tất cả 3.321).")
    var communes: Int?

    @Option(help: "Số chỉ tiêu mỗi kế hoạch.")
    var indicators = 60

    @Option(help: "Số năm số liệu, kết thúc ở năm 2025.")
    var years = 5

    @Option(help: "Các kỳ báo cáo mỗi năm, cách nhau bởi dấu phẩy: h1, 9m, year.")
    var periods = "h1,9m,year"

    @Option(help: "Hạt giống: cùng hạt giống cho cùng dữ liệu.")
    var seed: UInt64 = 1

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func validate() throws {
        guard units == "2025" else { throw ValidationError("--units: hiện chỉ có bản đồ 2025, không có «\(units)».") }
        guard (1...500).contains(indicators) else { throw ValidationError("--indicators phải từ 1 đến 500.") }
        guard (1...20).contains(years) else { throw ValidationError("--years phải từ 1 đến 20.") }
        if let communes, communes < 1 { throw ValidationError("--communes phải lớn hơn 0.") }
        if case .failure(let error) = SyntheticSpec.periods(periods) {
            throw ValidationError("--periods: «\(error.word)» không phải kỳ báo cáo (dùng h1, 9m, year).")
        }
    }

    func run() async throws {
        guard case .success(let kinds) = SyntheticSpec.periods(periods) else { return }
        let spec = SyntheticSpec(
            communes: communes, indicators: indicators, lastYear: 2025, years: years, periods: kinds, seed: seed)
        let summary = try await database.withStore { store in
            guard try await store.observationCount() == 0 else {
                throw CommandError(
                    userMessage:
                        "Cơ sở dữ liệu \(database.location) đã có số liệu; ktxh synth chỉ nạp vào cơ sở dữ liệu trống.")
            }
            return try await SyntheticDataSet.load(spec, into: store, progress: ProgressOutput.line)
        }
        if json {
            print(JSONText.encode(summary))
        } else {
            print(
                """
                Đã nạp vào \(database.location): \(summary.provinces) tỉnh, \(summary.communes) xã, phường \
                (\(summary.silentCommunes) xã không báo cáo), \(summary.indicators) chỉ tiêu, \(summary.plans) kế hoạch \
                với \(summary.targets) chỉ tiêu kế hoạch, \(summary.figures) số liệu (\(summary.webFigures) nhập trên web).
                """)
        }
    }
}
