import KTXHCore
import Plot

extension FigureHistoryPage {
    func view() -> HTML {
        Layout.page(
            title: title,
            breadcrumbs: [("Nhập số liệu", SiteRoute.myWork.path), ("Phiếu nhập", formLink), ("Lịch sử", nil)],
            .h1(.text(title)),
            .p(.class("subtitle"), .text(subtitle)),
            .h2(.text("Các lần ghi số liệu (không lần nào bị ghi đè)")),
            .table(
                .class("list"),
                .thead(
                    .tr(
                        .th(.text("Lần ghi")), .th(.text("Loại")), .th(.class("num"), .text("Giá trị")),
                        .th(.text("Đến ngày")), .th(.text("Người báo cáo")), .th(.text("Nguồn")))),
                .tbody(
                    .forEach(versions) { v in
                        .tr(
                            .td(.text("#\(v.number)")), .td(.text(v.kind)), .td(.class("num"), .text(v.value)),
                            .td(.text(v.cutoff)), .td(.text(v.reportedBy)), .td(.class("muted"), .text(v.source)))
                    })),
            .h2(.text("Nhật ký thay đổi")),
            AuditTable.node(entries)
        )
    }
}

extension FigureHistoryPage {
}
