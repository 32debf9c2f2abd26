import KTXHCore
import Plot

extension EntryPage {
    func view() -> HTML {
        Layout.page(
            title: title,
            breadcrumbs: [("Nhập số liệu", SiteRoute.myWork.path), (title, nil)],
            .h1(.text(title)),
            .p(.class("subtitle"), .text(subtitle)),
            .p(.class("cutoff"), .text(dates)),
            .unwrap(closedNote) { .p(.class("errors"), .text($0)) },
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            ErrorList.node(errors),
            .if(rows.isEmpty, .p(.class("empty"), .text("Đơn vị chưa được giao chỉ tiêu nào trong kế hoạch này."))),
            body(),
            .if(!tasks.isEmpty, taskSection())
        )
    }

    private func taskSection() -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "own-tasks"),
            .h2(.id("own-tasks"), .text("Nhiệm vụ đơn vị chủ trì")),
            .p(.class("hint"), .text("Mở từng nhiệm vụ để báo cáo tiến độ kỳ này (trạng thái, kết quả, tệp đính kèm).")),
            .table(
                .class("list tasks"),
                .thead(.tr(.th(.text("Nhiệm vụ")), .th(.text("Thời hạn")), .th(.text("Trạng thái")), .th(.text("Tình hình")))),
                .tbody(
                    .forEach(tasks) { task in
                        .tr(
                            .td(.a(.href(task.link), .text(task.text))), .td(.text(task.deadline)), .td(.text(task.status)),
                            .td(.span(.class(task.cssClass), .text(task.standing))))
                    })))
    }

    /// The rows inside the one form the person may send: the entry form for a reporter, the review form for
    /// a reviewer; a reader gets them without a form.
    private func body() -> Node<HTML.BodyContext> {
        let rows = Node<HTML.BodyContext>.forEach(self.rows) { EntryRowView(row: $0).node() }
        if canEdit && !self.rows.isEmpty {
            return PostForm.node(
                action: formAction, id: "entry", class: "entry",
                .p(.class("hint"), .text(Self.numberHint)), rows,
                .div(
                    .class("actions"),
                    .button(.type(.submit), .name("intent"), .value("save"), .text("Lưu")),
                    .button(
                        .type(.submit), .name("intent"), .value("submit"), .class("primary"),
                        .text("Lưu và gửi duyệt"))))
        }
        let reviewing = canReview && self.rows.contains(where: \.reviewable)
        return .group(
            reviewing
                ? PostForm.node(
                    action: reviewAction, id: "review", rows,
                    .div(
                        .class("actions"),
                        .button(
                            .type(.submit), .name("intent"), .value("approve"), .class("primary"),
                            .text("Duyệt các số liệu đã chọn"))))
                : .div(.class("entry"), rows),
            .if(
                canReopen && self.rows.contains(where: \.reopenable),
                PostForm.node(action: reopenAction, id: "reopen")))
    }

    static let numberHint =
        "Viết số theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (1.889,5). "
        + "Tỷ lệ có thể nhập tử số và mẫu số thay cho phần trăm."
}
