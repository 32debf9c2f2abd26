import ArgumentParser

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xuất biểu và báo cáo: XLSX, DOCX, PDF hoặc HTML, đúng thể thức văn bản hành chính.",
        discussion: """
            Ví dụ: ktxh report progress --plan 1 --period 2024-H1 -o bieu-tien-do.xlsx
                   ktxh report plan --plan 2 --format docx -o phu-luc.docx
                   ktxh report draft --plan 1 --period 2024-H1 --signer 'Hoàng Hà Bắc' -o bao-cao.docx
            Mã kế hoạch (--plan) là cột «Mã» của «ktxh plans list». Định dạng lấy theo đuôi tệp khi không ghi --format.
            Xuất PDF cần LibreOffice (lệnh soffice).
            """,
        subcommands: [ReportProgress.self, ReportPlan.self, ReportDraft.self, ReportTasks.self]
    )
}
