import ArgumentParser
import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows

struct Monitor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Theo dõi tiến độ trước khi hết năm: nhịp dự kiến, nguy cơ không đạt, dự báo cả năm.",
        discussion: """
            Ví dụ: ktxh monitor --plan 1 --period 2024-H1
                   ktxh monitor --plan 1 --period 2024-9M --json
                   ktxh monitor backtest
            Nhịp dự kiến lấy từ số liệu các năm trước của chính đơn vị (3-5 năm), nếu thiếu thì từ các đơn vị cùng cấp
            trong tỉnh, nếu vẫn thiếu thì tuyến tính theo thời gian (docs/evaluation.md).
            """,
        subcommands: [Plan.self, Backtest.self], defaultSubcommand: Plan.self)

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tiến độ từng chỉ tiêu của một kế hoạch trong một kỳ, với dự báo cả năm.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Mã kế hoạch (cột id của «ktxh plans list»).")
        var plan: Int64

        @Option(help: "Kỳ: 2024-H1, 2024-9M, 2024-Q1 …")
        var period: String

        @Flag(help: "In một đối tượng JSON: plan, period, indicators[].")
        var json = false

        func validate() throws {
            guard Period(period) != nil else { throw ValidationError("Kỳ «\(period)» không hợp lệ: ví dụ 2024-H1, 2024-9M.") }
        }

        func run() async throws {
            let period = Period(period) ?? .year(0)
            guard
                let report = try await database.withStore({
                    try await MonitoringWorkflow.monitor(store: $0, planID: plan, period: period)
                })
            else { throw CommandError(userMessage: "Không có kế hoạch mã \(plan).") }
            print(json ? MonitorOutput.json(report, planID: plan) : MonitorOutput.text(report))
        }
    }

    struct Backtest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Thử dự báo trên các năm đã biết kết quả: sai số trung vị và tỷ lệ khoảng dự báo chứa số thật.")

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "In một đối tượng JSON: checkpoints[].")
        var json = false

        func run() async throws {
            let outcomes = try await database.withStore {
                try await MonitoringWorkflow.backtest(store: $0, progress: ProgressOutput.line)
            }
            print(json ? MonitorOutput.json(outcomes) : MonitorOutput.text(outcomes))
        }
    }
}

/// The renderings of `ktxh monitor`.
enum MonitorOutput {
    static func json(_ report: MonitoringWorkflow.Report, planID: Int64) -> String {
        let items = report.items.map { item -> [String: Any] in
            let percent = item.projection?.percentOfPlan
            return [
                "indicator": item.row.indicator.code, "name": item.row.indicator.name,
                "label": item.evaluation?.label?.rawValue ?? NSNull(),
                "paceLabel": item.evaluation?.pace?.rawValue ?? NSNull(),
                "ratioToExpected": JSONText.decimal(item.evaluation?.ratioToExpected.map { $0.rounded(4) }),
                "expectedToDate": JSONText.decimal(item.evaluation?.expectedToDate.map { $0.rounded(2) }),
                "projection": item.projection.map { projection -> Any in
                    [
                        "low": JSONText.decimal(projection.low.rounded(2)), "mid": JSONText.decimal(projection.mid.rounded(2)),
                        "high": JSONText.decimal(projection.high.rounded(2)),
                    ]
                } ?? NSNull(),
                "projectedPercentOfPlan": JSONText.decimal(percent.map { $0.mid.rounded(2) }),
                "basis": item.expected.map { $0.basis.vietnamese } ?? NSNull(),
                "sentence": item.projection.map { $0.sentence(unit: item.row.indicator.unitOfMeasure) } ?? NSNull(),
            ]
        }
        return JSONText.encode([
            "plan": planID, "planTitle": report.table.plan.title, "period": report.table.period.code, "indicators": items,
        ])
    }

    static func text(_ report: MonitoringWorkflow.Report) -> String {
        var lines = ["\(report.table.plan.title) — \(report.table.period.vietnameseName)"]
        let paced = report.items.filter { $0.evaluation?.pace != nil }
        for pace in Pace.allCases {
            let count = paced.filter { $0.evaluation?.pace == pace }.count
            if count > 0 { lines.append("\(pace.rawValue): \(count) chỉ tiêu") }
        }
        for item in paced {
            let evaluation = item.evaluation
            var line = "- \(item.row.indicator.name): \(evaluation?.pace?.rawValue ?? "")"
            if let ratio = evaluation?.ratioToExpected {
                line += " (\(VietnameseNumber.format((ratio * 100).rounded(1)))% so với nhịp dự kiến)"
            }
            if let projection = item.projection { line += "; " + projection.sentence(unit: item.row.indicator.unitOfMeasure) }
            if let basis = item.expected?.basis { line += " [\(basis.vietnamese)]" }
            lines.append(line)
        }
        if paced.isEmpty { lines.append("Không có chỉ tiêu nào tính được tiến độ trong kỳ này.") }
        return lines.joined(separator: "\n")
    }

    static func json(_ outcomes: [KTXHCore.Backtest.Outcome]) -> String {
        JSONText.encode([
            "checkpoints": outcomes.map { outcome -> [String: Any] in
                [
                    "checkpoint": outcome.checkpoint, "cases": outcome.cases,
                    "medianAbsolutePercentError": JSONText.decimal(outcome.medianAbsolutePercentError.map { $0.rounded(2) }),
                    "coverage": JSONText.decimal(outcome.coverage.map { $0.rounded(1) }),
                ]
            }
        ])
    }

    static func text(_ outcomes: [KTXHCore.Backtest.Outcome]) -> String {
        outcomes.map { outcome in
            let error = outcome.medianAbsolutePercentError.map { VietnameseNumber.format($0.rounded(2)) + "%" } ?? "—"
            let coverage = outcome.coverage.map { VietnameseNumber.format($0.rounded(1)) + "%" } ?? "—"
            return
                "\(outcome.checkpoint): \(outcome.cases) lần dự báo, sai số trung vị \(error), khoảng dự báo chứa số thật \(coverage)"
        }.joined(separator: "\n")
    }
}
