import KTXHCore
import Plot

/// Chênh lệch giữa văn bản và số liệu: shown on every criteria page, believed neither way.
enum DiscrepancyList {
    static func view(_ items: [CriteriaDiscrepancy]) -> Node<HTML.BodyContext> {
        .if(
            !items.isEmpty,
            .section(
                .class("discrepancies"),
                .h2(.text("Chênh lệch giữa văn bản và số liệu (\(items.count))")),
                .table(
                    .class("report"),
                    .thead(
                        .tr(.th(.text("Nội dung")), .th(.text("Văn bản ghi")), .th(.text("Theo số liệu")), .th(.text("Ghi chú")))),
                    .tbody(
                        .forEach(items) { item in
                            .tr(
                                .td(.text(item.subject)), .td(.text(item.stated)), .td(.class("short"), .text(item.computed)),
                                .td(.text(item.detail), .div(.class("note"), .text(item.source))))
                        })
                )))
    }
}
