import KTXHCore
import Plot

extension AssignmentsPage {
    func view() -> HTML {
        Layout.page(
            title: "Phân công báo cáo",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (planTitle, planLink), ("Phân công", nil)],
            .h1(.text("Phân công đơn vị báo cáo")),
            .p(.class("subtitle"), .text("\(planTitle) · \(unitName)")),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            canSetUp
                ? PostForm.node(
                    table(), .div(.class("actions"), .button(.type(.submit), .class("primary"), .text("Lưu phân công"))))
                : table()
        )
    }

    private func table() -> Node<HTML.BodyContext> {
        .table(
            .class("list"),
            .thead(.tr(.th(.text("STT")), .th(.text("Chỉ tiêu")), .th(.text("Đơn vị báo cáo")))),
            .tbody(
                .forEach(rows) { row in
                    .tr(
                        .td(.text(row.number)),
                        .td(.label(.for("a\(row.index)"), .text(row.name))),
                        .td(cell(row)))
                }))
    }

    private func cell(_ row: Row) -> Node<HTML.BodyContext> {
        guard canSetUp else {
            return .group(
                .text(row.department.isEmpty ? unitName : row.department), .if(!row.isExplicit, .small(.text(" (theo danh mục)")))
            )
        }
        return .group(
            .input(.type(.hidden), .name("a\(row.index)_code"), .value(row.code)),
            SelectField.node(
                name: "a\(row.index)_department", id: "a\(row.index)",
                options: [.init(value: "", text: "\(unitName) tự báo cáo", selected: row.department.isEmpty)]
                    + departments.map { .init(value: $0, text: $0, selected: $0 == row.department) }),
            .if(!row.isExplicit, .small(.class("muted"), .text(" theo danh mục"))))
    }
}
