import ArgumentParser
import KTXHDocuments

struct ReportProgress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết của một kế hoạch trong một kỳ.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var plan: PlanOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var details: DocumentOptions

    func validate() throws {
        try output.validate(allowed: [.xlsx, .docx, .pdf, .html])
    }

    func run() async throws {
        let request = ReportRequest(database: database, planID: plan.plan, overrides: details.overrides())
        let report = try await request.progress(period: period.value)
        try output.write(report.reportTable)
    }
}
