import ArgumentParser
import KTXHCore

struct ReportTasks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Biểu theo dõi nhiệm vụ của kế hoạch: chủ trì, phối hợp, thời hạn, trạng thái, kết quả, tình hình hôm nay.",
        discussion:
            "Ví dụ: ktxh report tasks --plan 2 -o theo-doi-nhiem-vu.xlsx (ngày hôm nay theo giờ Việt Nam; KTXH_NOW để cố định).")

    @OptionGroup var report: ReportArguments

    @Option(help: "Chỉ các báo cáo của kỳ này (ví dụ 2025-H1); mặc định báo cáo mới nhất của mỗi nhiệm vụ.")
    var period: String?

    func validate() throws {
        try report.output.validate(allowed: [.xlsx, .docx, .pdf, .html])
        _ = try PeriodOptions.parse(period)
    }

    func run() async throws {
        let day = CalendarDay(CLIClock.now(), in: Tasks.timeZone)
        try report.output.write(try await report.request.taskSheet(day: day, period: PeriodOptions.parse(period)).reportTable)
    }
}
