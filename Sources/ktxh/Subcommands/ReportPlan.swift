import ArgumentParser
import KTXHDocuments

struct ReportPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Phụ lục chỉ tiêu của kế hoạch (nghị quyết): STT, chỉ tiêu, đơn vị tính, kế hoạch, ước thực hiện năm trước.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var plan: PlanOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var details: DocumentOptions

    func validate() throws {
        try output.validate(allowed: [.xlsx, .docx, .pdf, .html])
    }

    func run() async throws {
        let request = ReportRequest(database: database, planID: plan.plan, overrides: details.overrides())
        try output.write(try await request.appendix().reportTable)
    }
}
