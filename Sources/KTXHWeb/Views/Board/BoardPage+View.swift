import Foundation
import KTXHCore
import Plot

extension BoardPage {
    func view() -> HTML {
        Layout.page(
            title: "Theo dõi nộp số liệu",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Theo dõi nộp số liệu", nil)],
            .h1(.text("Theo dõi nộp số liệu")),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .if(
                columns.isEmpty,
                .p(
                    .class("empty"), .text("Chưa mở kỳ báo cáo nào."), .text(" "),
                    .a(.href(SiteRoute.periods.path), .text("Mở kỳ báo cáo")))),
            .if(!columns.isEmpty, canApprove ? PostForm.node(action: SiteRoute.boardApprove.path, table(), actions()) : table()),
            tasks()
        )
    }

    private func tasks() -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "late-tasks"),
            .h2(.id("late-tasks"), .text("Nhiệm vụ quá hạn, có nguy cơ chậm")),
            .if(lateTasks.isEmpty, .p(.class("empty"), .text("Không có nhiệm vụ nào quá hạn hay có nguy cơ chậm."))),
            .if(
                !lateTasks.isEmpty,
                .table(
                    .class("list tasks"),
                    .thead(
                        .tr(
                            .th(.text("Kế hoạch")), .th(.text("Nhiệm vụ")), .th(.text("Chủ trì")), .th(.text("Thời hạn")),
                            .th(.text("Tình hình")))),
                    .tbody(
                        .forEach(lateTasks) { task in
                            .tr(
                                .td(.text(task.plan)), .td(.a(.href(task.link), .text(task.text))), .td(.text(task.lead)),
                                .td(.text(task.deadline)), .td(.span(.class(task.cssClass), .text(task.standing))))
                        }))))
    }

    private func actions() -> Node<HTML.BodyContext> {
        .div(
            .class("actions"),
            .button(.type(.submit), .class("primary"), .text("Duyệt tất cả số liệu chờ duyệt của các ô đã chọn")))
    }

    private func table() -> Node<HTML.BodyContext> {
        .div(
            .class("scroll"),
            .table(
                .class("list board"),
                .thead(
                    .tr(
                        .th(.text("Đơn vị báo cáo")),
                        .forEach(columns) { column in .th(.text(column.title), .br(), .small(.text(column.detail))) })),
                .tbody(
                    .forEach(rows) { row in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(row.name)), .forEach(row.cells) { cell(row, $0) })
                    })))
    }

    private func cell(_ row: Row, _ cell: Cell?) -> Node<HTML.TableRowContext> {
        guard let cell else { return .td(.class("muted"), .text("—")) }
        let id = "o-" + (cell.approvable ?? "").replacingOccurrences(of: ":", with: "-")
        return .td(
            .class(cell.cssClass),
            .a(.href(cell.link), .strong(.text(cell.headline))),
            .forEach(cell.lines) { .div(.class("note"), .text($0)) },
            .unwrap(cell.approvable) { value in
                .if(
                    canApprove,
                    .div(
                        .class("check"),
                        .input(.type(.checkbox), .name("cells[]"), .value(value), .id(id)),
                        .label(.for(id), .text(" Chọn"))))
            })
    }
}
