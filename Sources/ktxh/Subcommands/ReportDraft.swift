import ArgumentParser
import KTXHDocuments

struct ReportDraft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Dự thảo báo cáo tình hình thực hiện các chỉ tiêu, lời văn viết từ số liệu, kèm biểu tiến độ.")

    @OptionGroup var report: ReportArguments
    @OptionGroup var period: PeriodOptions

    func validate() throws {
        try report.output.validate(allowed: [.docx, .pdf])
    }

    func run() async throws {
        let progress = try await report.request.progress(period: period.value)
        try report.output.write(DraftReport(report: progress, charts: DraftReport.chartPictures(progress)).document)
    }
}
