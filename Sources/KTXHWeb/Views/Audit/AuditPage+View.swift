import KTXHCore
import Plot

extension AuditPage {
    func view() -> HTML {
        Layout.page(
            title: "Nhật ký thay đổi",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Nhật ký thay đổi", nil)],
            .h1(.text("Nhật ký thay đổi")),
            .p(
                .class("subtitle"),
                .text("Mọi thay đổi số liệu, chỉ tiêu, kế hoạch, phân công, kỳ báo cáo và tài khoản; không sửa, không xóa được.")),
            .nav(
                .class("periods"), .attribute(named: "aria-label", value: "Lọc theo đối tượng"),
                entity == nil ? .strong(.text("Tất cả")) : .a(.href(SiteRoute.audit.path), .text("Tất cả")),
                .forEach(AuditEntry.Entity.allCases) { e in
                    e == entity
                        ? .strong(.text(e.vietnameseName))
                        : .a(.href(SiteRoute.audit.path + "?entity=\(e.rawValue)"), .text(e.vietnameseName))
                }),
            .unwrap(key) { .p(.class("cutoff"), .text("Chỉ hiện: \($0)")) },
            AuditTable.node(entries, names: names)
        )
    }
}
