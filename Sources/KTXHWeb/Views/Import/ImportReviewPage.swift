import KTXHImport
import KTXHWorkflows
import Plot

/// The review of an uploaded file, with the button that saves it.
struct ImportReviewPage {
    var summary: ImportSummary
    var token: String
    var fields: ImportController.ConfirmForm

    func view() -> HTML {
        let unsure = summary.matches.filter { $0.confidence == "probable" }
        let blocked = !summary.problems.isEmpty
        return Layout.page(
            title: "Xem trước: \(summary.file)",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Nhập từ tệp", SiteRoute.importForm.path), (summary.file, nil)],
            .h1(.text("Xem trước khi nhập")),
            .pre(.class("review"), .text(summary.text(withFindings: false))),
            .if(!summary.findings.isEmpty, FindingsSection(findings: summary.findings).view()),
            .if(
                blocked,
                .p(
                    .class("error"), .attribute(named: "role", value: "alert"),
                    .text("Tệp còn chỗ chưa hiểu được: sửa tệp rồi tải lên lại. Chưa có gì được lưu."))),
            .if(
                !blocked,
                .form(
                    .action(SiteRoute.importConfirm(token: token).path), .method(.post), CSRFField.node(),
                    .input(.type(.hidden), .name("name"), .value(fields.name)),
                    .input(.type(.hidden), .name("period"), .value(fields.period ?? "")),
                    .input(.type(.hidden), .name("unit"), .value(fields.unit ?? "")),
                    .input(.type(.hidden), .name("year"), .value(fields.year ?? "")),
                    ColumnChoices(questions: summary.questions, fields: fields).node(),
                    .if(
                        !unsure.isEmpty,
                        .div(
                            .input(.type(.checkbox), .name("confirmMatches"), .id("confirmMatches"), .value("1")),
                            .label(
                                .for("confirmMatches"),
                                .text(
                                    "Tôi đã kiểm tra \(unsure.count) tên chỉ tiêu chỉ gần giống danh mục và đồng ý ghép như trên")
                            ))),
                    .button(.type(.submit), .text("Xác nhận nhập"))
                ))
        )
    }
}
