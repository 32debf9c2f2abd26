import Plot

extension PlanShowPage {
    func view() -> HTML {
        Layout.page(
            title: title,
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (planColumn, nil)],
            .h1(.text(title)),
            .p(.class("subtitle"), .text(subtitle)),
            .if(
                !progressLinks.isEmpty,
                .p(
                    .class("periods"), .text("Tiến độ thực hiện: "),
                    .forEach(progressLinks) { .a(.href($0.link), .text($0.name)) })),
            .if(
                !dashboardLinks.isEmpty,
                .p(
                    .class("periods"), .text("Bảng điều hành: "),
                    .forEach(dashboardLinks) { .a(.href($0.link), .text($0.name)) })),
            .unwrap(rollUpLink) { link in
                .p(.class("periods"), .a(.href(link), .text("Tổng hợp từ số liệu các xã, phường")))
            },
            Downloads.links(downloads),
            .table(
                .class("report"),
                .thead(
                    .tr(
                        .th(.text("STT")), .th(.text("Chỉ tiêu")), .th(.text("Đơn vị tính")),
                        .th(.class("num"), .text(planColumn)),
                        .th(.class("muted"), .text("Cách hiểu"))
                    )),
                .tbody(
                    .forEach(rows) { row in
                        row.isSection
                            ? .tr(
                                .class("section"), .td(.text(row.number)),
                                .td(.attribute(named: "colspan", value: "4"), .text(row.name)))
                            : .tr(
                                .class(row.depth > 0 ? "sub" : "item"),
                                .td(.text(row.number)),
                                .td(.class("name"), .text(row.depth > 0 ? "- \(row.name)" : row.name)),
                                .td(.text(row.unit)),
                                .td(.class("num"), .text(row.target)),
                                .td(.class("muted"), .text(row.understood))
                            )
                    })
            )
        )
    }
}
