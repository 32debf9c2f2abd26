import ArgumentParser

struct ReportPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Phụ lục chỉ tiêu của kế hoạch (nghị quyết): STT, chỉ tiêu, đơn vị tính, kế hoạch, ước thực hiện năm trước.")

    @OptionGroup var report: ReportArguments

    func validate() throws {
        try report.output.validate(allowed: [.xlsx, .docx, .pdf, .html])
    }

    func run() async throws {
        try report.output.write(try await report.request.appendix().reportTable)
    }
}
