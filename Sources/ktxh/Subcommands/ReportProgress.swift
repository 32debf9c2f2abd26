import ArgumentParser

struct ReportProgress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết của một kế hoạch trong một kỳ.")

    @OptionGroup var report: ReportArguments
    @OptionGroup var period: PeriodOptions

    func validate() throws {
        try report.output.validate(allowed: [.xlsx, .docx, .pdf, .html])
    }

    func run() async throws {
        try report.output.write(try await report.request.progress(period: period.value).reportTable)
    }
}
