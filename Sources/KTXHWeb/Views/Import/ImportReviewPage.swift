import KTXHCore
import KTXHImport
import KTXHWorkflows
import Plot

/// The review of an uploaded file, with the button that saves it.
struct ImportReviewPage {
    var summary: ImportSummary
    var token: String
    var fields: ImportController.ConfirmForm
    /// A plan's targets as read, each in a field the planner can correct before confirming.
    var targets: [TargetRow] = []

    struct TargetRow {
        var code: String
        var name: String
        var text: String
        var understood: String
    }

    static func targetField(_ code: String) -> String { "t_" + code }
    /// The confirmation form, which the target fields above it belong to.
    static let formID = "xac-nhan"

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
            .if(!blocked, targetTable()),
            .if(
                !blocked,
                .form(
                    .id(Self.formID), .action(SiteRoute.importConfirm(token: token).path), .method(.post),
                    CSRFField.node(),
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

    /// The targets read from the document, each correctable: what the resolution says is saved as typed here.
    private func targetTable() -> Node<HTML.BodyContext> {
        .if(
            !targets.isEmpty,
            .group(
                .h2(.text("Chỉ tiêu kế hoạch đọc được (sửa nếu đọc sai, trước khi xác nhận)")),
                .table(
                    .class("list"),
                    .thead(.tr(.th(.text("Chỉ tiêu")), .th(.text("Kế hoạch")), .th(.class("muted"), .text("Cách hiểu")))),
                    .tbody(
                        .forEach(targets) { row in
                            .tr(
                                .td(.label(.for(Self.targetField(row.code)), .text(row.name))),
                                .td(
                                    .input(
                                        .type(.text), .name(Self.targetField(row.code)), .id(Self.targetField(row.code)),
                                        .value(row.text), .attribute(named: "form", value: Self.formID))),
                                .td(.class("muted"), .text(row.understood)))
                        }))))
    }
}
