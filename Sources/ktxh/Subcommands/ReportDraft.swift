import ArgumentParser
import KTXHCore
import KTXHDocuments

struct ReportDraft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Dự thảo báo cáo tình hình thực hiện các chỉ tiêu và nhiệm vụ, lời văn viết từ số liệu, kèm các biểu.")

    @OptionGroup var report: ReportArguments
    @OptionGroup var period: PeriodOptions

    func validate() throws {
        try report.output.validate(allowed: [.docx, .pdf])
    }

    func run() async throws {
        let progress = try await report.request.progress(period: period.value)
        let tasks = try await report.request.taskSheet(
            day: CalendarDay(CLIClock.now(), in: Tasks.timeZone), period: period.value)
        try report.output.write(
            DraftReport(report: progress, charts: DraftReport.chartPictures(progress), tasks: tasks).document)
    }
}
