import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWorkflows

struct Plans: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xem các kế hoạch (nghị quyết, quyết định giao chỉ tiêu).",
        subcommands: [List.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liệt kê kế hoạch: mã, tên, cơ quan ban hành, đơn vị, năm hoặc giai đoạn, số chỉ tiêu.")

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "In kết quả dạng JSON cho các chương trình khác đọc.")
        var json = false

        func run() async throws {
            let plans = try await database.withStore { try await $0.planSummaries() }
            print(json ? PlanListOutput.json(plans) : PlanListOutput.text(plans))
        }
    }
}

/// The two renderings of `ktxh plans list`.
enum PlanListOutput {
    static func json(_ plans: [PlanSummary]) -> String {
        JSONText.encode(["plans": plans.map { JSONShapes.plan($0) }])
    }

    static func text(_ plans: [PlanSummary]) -> String {
        guard !plans.isEmpty else { return "Chưa có kế hoạch nào. Chạy «ktxh demo --no-serve» để nạp dữ liệu mẫu." }
        var lines = ["Mã\tThời kỳ\tĐơn vị\tCơ quan ban hành\tSố chỉ tiêu\tTên kế hoạch"]
        for plan in plans {
            lines.append(
                "\(plan.id)\t\(plan.term.code)\t\(plan.unitCode) \(plan.unitName)\t\(plan.issuerName)\t"
                    + "\(plan.targetCount)\t\(plan.title)")
        }
        return lines.joined(separator: "\n")
    }
}
