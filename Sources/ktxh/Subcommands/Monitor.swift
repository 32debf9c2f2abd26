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
                   ktxh monitor digest --plan 1 --period 2024-H1
                   ktxh monitor backtest
            Nhịp dự kiến lấy từ số liệu các năm trước của chính đơn vị (3-5 năm), nếu thiếu thì từ các đơn vị cùng cấp \
            trong tỉnh, nếu vẫn thiếu thì tuyến tính theo thời gian (docs/evaluation.md).
            """,
        subcommands: [Plan.self, Digest.self, Backtest.self], defaultSubcommand: Plan.self)

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tiến độ từng chỉ tiêu của một kế hoạch trong một kỳ, với dự báo cả năm.")

        @OptionGroup var target: PlanPeriod

        @Flag(help: "In một đối tượng JSON: plan, period, indicators[].")
        var json = false

        func run() async throws {
            let report = try await target.load(MonitoringWorkflow.monitor)
            print(json ? MonitorOutput.json(report, planID: target.plan) : MonitorOutput.text(report))
        }
    }

    struct Digest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bản tin cảnh báo sớm: chỉ tiêu có nguy cơ, chậm tiến độ, chưa báo cáo, số liệu bất thường.",
            discussion: """
                In ra bản tin; nếu đặt KTXH_SMTP_HOST (và KTXH_SMTP_PORT, KTXH_SMTP_FROM, KTXH_SMTP_TO: các địa chỉ \
                cách nhau bằng dấu phẩy) thì gửi cả thư điện tử qua máy chủ thư đó.
                """)

        @OptionGroup var target: PlanPeriod

        @Flag(help: "Không gửi thư kể cả khi đã đặt máy chủ thư.")
        var noMail = false

        func run() async throws {
            let digest = EarlyWarnings.digest(try await target.load(EarlyWarnings.report))
            print(digest.body)
            guard !noMail, let mail = SMTPMail.configured(in: ProcessInfo.processInfo.environment) else { return }
            do {
                try mail.send(subject: digest.subject, body: digest.body, at: CLIClock.now())
            } catch let failure as SMTPMail.Failure {
                throw CommandError(userMessage: "Không gửi được thư: \(failure.description)")
            }
            FileHandle.standardError.write(Data("Đã gửi bản tin tới \(mail.to.joined(separator: ", ")).\n".utf8))
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

/// `--plan`, `--period` and `--db` of the commands that look at one plan in one period.
struct PlanPeriod: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(help: "Mã kế hoạch (cột id của «ktxh plans list»).")
    var plan: Int64

    @Option(help: "Kỳ: 2024-H1, 2024-9M, 2024-Q1 …")
    var period: String

    func validate() throws {
        guard Period(period) != nil else { throw ValidationError("Kỳ «\(period)» không hợp lệ: ví dụ 2024-H1, 2024-9M.") }
    }

    /// What `read` finds for the plan and period; a plan that does not exist is refused in Vietnamese.
    func load<T>(_ read: (Store, Int64, Period) async throws -> T?) async throws -> T {
        let period = Period(period) ?? .year(0)
        guard let found = try await database.withStore({ try await read($0, plan, period) }) else {
            throw CommandError(userMessage: "Không có kế hoạch mã \(plan).")
        }
        return found
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
