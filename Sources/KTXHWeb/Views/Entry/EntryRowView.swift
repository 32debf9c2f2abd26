import KTXHCore
import Plot

/// One indicator of the entry page: a fieldset with its facts, its value fields, its evaluation, the note,
/// the flag and the explanation, and the review or reopen controls where they apply.
struct EntryRowView {
    var row: EntryPage.Row

    func name(_ field: String) -> String { "r\(row.index)_\(field)" }

    func node() -> Node<HTML.BodyContext> {
        .element(
            named: "fieldset",
            nodes: [
                .class("figure"), .id("row-\(row.index)"),
                .if(row.editable, .attribute(named: "data-evaluate", value: row.evaluateURL)),
                .element(
                    named: "legend",
                    nodes: [
                        .if(!row.number.isEmpty, .span(.class("stt"), .text(row.number + ". "))), .text(row.name),
                        .span(.class("muted"), .text(" (\(row.unit))")),
                    ]),
                .p(
                    .class("facts"), .text("Kế hoạch: "), .strong(.text(row.target.isEmpty ? "—" : row.target)),
                    .text(" · Cùng kỳ năm trước: \(row.lastYear) · Trạng thái: "),
                    .span(.class("status"), .text(row.status?.vietnameseName ?? "Chưa nhập")),
                    .text(" · "), .a(.href(row.historyURL), .text("Lịch sử"))),
                .if(
                    !row.messages.isEmpty,
                    .ul(
                        .class("row-errors"), .attribute(named: "role", value: "alert"), .forEach(row.messages) { .li(.text($0)) }
                    )),
                .if(
                    !row.reviewComment.isEmpty && row.status == .returned,
                    .p(.class("returned"), .strong(.text("Ý kiến trả lại: ")), .text(row.reviewComment))),
                .if(row.editable, .group(hidden("code", row.input.code), hidden("rev", String(row.input.revision)))),
                .div(.class("fields"), valueFields(), kindField(), evaluation()),
                notes(),
                explanation(),
                review(),
                reopen(),
            ])
    }

    private func hidden(_ field: String, _ value: String, form: String? = nil) -> Node<HTML.BodyContext> {
        .input(
            .type(.hidden), .name(name(field)), .value(value),
            form.map { .attribute(named: "form", value: $0) } ?? .empty)
    }

    private func text(_ field: String, _ label: String, _ value: String, live: Bool = true) -> Node<HTML.BodyContext> {
        .div(
            .class("field"),
            .label(.for(name(field)), .text(label)),
            .input(
                .type(.text), .name(name(field)), .id(name(field)), .value(value), .disabled(!row.editable),
                .attribute(named: "inputmode", value: "decimal"), .attribute(named: "autocomplete", value: "off"),
                live ? .attribute(named: "data-live", value: field) : .empty))
    }

    private func valueFields() -> Node<HTML.BodyContext> {
        switch row.kind {
        case .yesNo:
            return .div(
                .class("field"), .label(.for(name("yes")), .text("Kết quả")),
                SelectField.node(
                    name: name("yes"), id: name("yes"),
                    options: [("", "Chưa nhập"), ("1", "Đạt"), ("0", "Không đạt")].map {
                        .init(value: $0.0, text: $0.1, selected: row.input.yesNo == $0.0)
                    }, disabled: !row.editable, live: "yes"))
        case .text:
            return .div(
                .class("field wide"), .label(.for(name("value")), .text("Kết quả (bằng lời)")),
                .textarea(
                    .name(name("value")), .id(name("value")), .attribute(named: "rows", value: "2"),
                    .disabled(!row.editable), .text(row.input.value)))
        case .rate:
            return .group(
                text("value", "Tỷ lệ (%)", row.input.value),
                text("num", "hoặc tử số", row.input.numerator),
                text("den", "mẫu số", row.input.denominator))
        default:
            return text("value", "Giá trị (\(row.unit))", row.input.value)
        }
    }

    private func kindField() -> Node<HTML.BodyContext> {
        .div(
            .class("field"), .label(.for(name("kind")), .text("Loại số liệu")),
            SelectField.node(
                name: name("kind"), id: name("kind"),
                options: Observation.Kind.allCases.map {
                    .init(value: $0.rawValue, text: $0.vietnameseName, selected: $0 == row.input.kind)
                }, disabled: !row.editable))
    }

    private func evaluation() -> Node<HTML.BodyContext> {
        .div(
            .class("field"), .span(.class("caption"), .text("Đánh giá")),
            .element(
                named: "output",
                nodes: [
                    .id(name("eval")), .class("evaluation \(row.evaluationClass)"),
                    .attribute(named: "aria-live", value: "polite"), .text(row.evaluation),
                ]))
    }

    private func notes() -> Node<HTML.BodyContext> {
        .div(
            .class("notes"),
            .div(
                .class("field wide"), .label(.for(name("note")), .text("Ghi chú")),
                .textarea(
                    .name(name("note")), .id(name("note")), .attribute(named: "rows", value: "1"),
                    .disabled(!row.editable), .text(row.input.note))),
            .div(
                .class("check"),
                .input(
                    .type(.checkbox), .name(name("follow")), .id(name("follow")), .value("1"),
                    .checked(row.input.followUp), .disabled(!row.editable)),
                .label(.for(name("follow")), .text(" Cần xem lại"))))
    }

    private func explanation() -> Node<HTML.BodyContext> {
        let open = row.shortfall || !row.input.cause.isEmpty || !row.input.remedy.isEmpty
        return .details(
            .class("explain"), .open(open),
            .summary(.text("Giải trình: nguyên nhân, giải pháp (bắt buộc khi chưa đạt hoặc không đạt)")),
            .div(
                .class("field wide"), .label(.for(name("cause")), .text("Nguyên nhân")),
                .textarea(
                    .name(name("cause")), .id(name("cause")), .attribute(named: "rows", value: "2"),
                    .disabled(!row.editable), .text(row.input.cause))),
            .div(
                .class("field wide"), .label(.for(name("remedy")), .text("Giải pháp")),
                .textarea(
                    .name(name("remedy")), .id(name("remedy")), .attribute(named: "rows", value: "2"),
                    .disabled(!row.editable), .text(row.input.remedy))))
    }

    private func review() -> Node<HTML.BodyContext> {
        .if(
            row.reviewable,
            .div(
                .class("review"),
                hidden("code", row.input.code),
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .name(name("pick")), .id(name("pick")), .value("1"), .checked(true)),
                    .label(.for(name("pick")), .text(" Chọn để duyệt"))),
                .div(
                    .class("field wide"), .label(.for(name("comment")), .text("Ý kiến khi trả lại")),
                    .textarea(.name(name("comment")), .id(name("comment")), .attribute(named: "rows", value: "1"))),
                .button(.type(.submit), .name("return"), .value(String(row.index)), .text("Trả lại số liệu này"))))
    }

    private func reopen() -> Node<HTML.BodyContext> {
        .if(
            row.reopenable,
            .div(
                .class("review"),
                hidden("code", row.input.code, form: "reopen"),
                .div(
                    .class("field wide"), .label(.for(name("reason")), .text("Lý do mở lại")),
                    .textarea(
                        .name(name("reason")), .id(name("reason")), .attribute(named: "rows", value: "1"),
                        .attribute(named: "form", value: "reopen"))),
                .button(
                    .type(.submit), .name("reopen"), .value(String(row.index)), .attribute(named: "form", value: "reopen"),
                    .text("Mở lại để sửa"))))
    }
}
