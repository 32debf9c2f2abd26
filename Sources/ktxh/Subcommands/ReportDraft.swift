import ArgumentParser
import KTXHDocuments

struct ReportDraft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Dự thảo báo cáo tình hình thực hiện các chỉ tiêu, lời văn viết từ số liệu, kèm biểu tiến độ.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var plan: PlanOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var details: DocumentOptions

    func validate() throws {
        try output.validate(allowed: [.docx, .pdf])
    }

    func run() async throws {
        let request = ReportRequest(database: database, planID: plan.plan, overrides: details.overrides())
        let draft = DraftReport(report: try await request.progress(period: period.value))
        try output.write(draft.document)
    }
}
