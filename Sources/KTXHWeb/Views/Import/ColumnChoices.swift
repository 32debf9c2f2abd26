import KTXHImport
import KTXHWorkflows
import Plot

/// Chọn cột: one select per column the header leaves open ("Ước TH 6 tháng" or "Ước TH cả năm" as
/// «Thực hiện»), and the choices already made carried over as hidden fields.
struct ColumnChoices {
    var questions: [ImportSummary.Question]
    var fields: ImportController.ConfirmForm

    func node() -> Node<HTML.FormContext> {
        let chosen = fields.columns
        return .group(
            ImportController.ConfirmForm.columnFields.map { role in
                guard let question = questions.first(where: { $0.column == role.column.rawValue }) else {
                    return .input(.type(.hidden), .name(role.field), .value(chosen[role.column] ?? ""))
                }
                return .div(
                    .class("column-choice"),
                    .label(.for(role.field), .text("Cột nào là «\(question.column)»? ")),
                    .select(
                        .attribute(named: "name", value: role.field), .id(role.field),
                        .group(
                            zip(question.positions, question.candidates).map { position, header in
                                .option(.value("cột \(position)"), .label("\(header) (cột thứ \(position))"))
                            })))
            })
    }
}
