import ArgumentParser
import Foundation
import KTXHCore

/// `--plan`, as `ktxh plans list` prints the id.
struct PlanOptions: ParsableArguments {
    @Option(help: "Mã kế hoạch, như cột «Mã» của «ktxh plans list».")
    var plan: Int64
}

/// `--period`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Kỳ báo cáo: 2024-H1 (6 tháng đầu năm), 2024-9M, 2024-Q3, 2024-06, 2024 (cả năm).")
    var period: String

    func validate() throws {
        _ = try Self.parse(period)
    }

    var value: Period { Period(period) ?? .year(0) }

    /// A `--period` as written, read, or refused with the message every command gives; nil when none was given.
    static func parse(_ text: String?) throws -> Period? {
        guard let text else { return nil }
        guard let period = Period(text) else {
            throw ValidationError("Kỳ «\(text)» không hợp lệ (ví dụ: 2024-H1, 2024-9M, 2024).")
        }
        return period
    }
}
