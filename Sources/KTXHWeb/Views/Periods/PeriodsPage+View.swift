import KTXHCore
import Plot

extension PeriodsPage {
    func view() -> HTML {
        Layout.page(
            title: "Kỳ báo cáo",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Kỳ báo cáo", nil)],
            .h1(.text("Kỳ báo cáo")),
            ErrorList.node(errors),
            .if(items.isEmpty, .p(.class("empty"), .text("Chưa mở kỳ báo cáo nào."))),
            .if(
                !items.isEmpty,
                .table(
                    .class("list"),
                    .thead(
                        .tr(
                            .th(.text("Kế hoạch")), .th(.text("Kỳ")), .th(.text("Chốt số liệu")), .th(.text("Hạn nộp")),
                            .th(.text("Trạng thái")), .th(.text("Phân công")))),
                    .tbody(.forEach(items) { row($0) }))),
            .if(canSetUp, openForm())
        )
    }

    private func row(_ item: Item) -> Node<HTML.TableContext> {
        .tr(
            .td(.text(item.plan)), .td(.text(item.period)), .td(.text(item.cutoff)),
            .td(
                .text(item.deadline),
                .if(
                    canSetUp,
                    PostForm.node(
                        action: SiteRoute.period(id: item.id).path, class: "inline-form",
                        .label(.for("deadline-\(item.id)"), .class("visually-hidden"), .text("Hạn nộp mới")),
                        .input(.type(.date), .name("deadline"), .id("deadline-\(item.id)"), .value(item.deadlineISO)),
                        .button(.type(.submit), .name("action"), .value("deadline"), .text("Đổi hạn"))))),
            .td(
                .text(item.isOpen ? "Đang mở" : "Đã đóng"),
                .if(
                    canSetUp,
                    PostForm.node(
                        action: SiteRoute.period(id: item.id).path, class: "inline-form",
                        .button(
                            .type(.submit), .name("action"), .value(item.isOpen ? "close" : "open"),
                            .text(item.isOpen ? "Đóng kỳ" : "Mở lại kỳ"))))),
            .td(.a(.href(item.assignmentsLink), .text("Xem, giao chỉ tiêu"))))
    }

    private func openForm() -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Mở kỳ báo cáo")),
            PostForm.node(
                action: SiteRoute.periods.path, class: "stack-form",
                .div(
                    .label(.for("plan"), .text("Kế hoạch")),
                    SelectField.node(
                        name: "plan", id: "plan",
                        options: plans.map {
                            .init(value: String($0.id), text: $0.title, selected: fields.plan == String($0.id))
                        })
                ),
                .div(
                    .label(.for("kind"), .text("Kỳ")),
                    SelectField.node(
                        name: "kind", id: "kind",
                        options: Self.periodChoices.map { .init(value: $0.0, text: $0.1, selected: fields.kind == $0.0) })
                ),
                .div(
                    .label(
                        .for("cutoff"), .text("Ngày chốt số liệu (để trống: ngày 14 tháng cuối kỳ, theo Nghị định 09/2019/NĐ-CP)")
                    ),
                    .input(.type(.date), .name("cutoff"), .id("cutoff"), .value(fields.cutoff ?? ""))),
                .div(
                    .label(.for("deadline"), .text("Hạn nộp")),
                    .input(.type(.date), .name("deadline"), .id("deadline"), .value(fields.deadline ?? ""), .required(true))),
                .button(.type(.submit), .class("primary"), .text("Mở kỳ báo cáo"))))
    }
}
