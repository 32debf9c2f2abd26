import Plot

extension PlanListPage {
    func view() -> HTML {
        Layout.page(
            title: "Kế hoạch và chỉ tiêu",
            .h1(.text("Kế hoạch phát triển kinh tế - xã hội")),
            .if(
                items.isEmpty,
                .p(.class("empty"), .text("Chưa có kế hoạch nào. Chạy «ktxh demo» để nạp dữ liệu mẫu."))),
            .if(
                !items.isEmpty,
                .table(
                    .class("list"),
                    .thead(
                        .tr(
                            .th(.text("Kế hoạch")), .th(.text("Cơ quan ban hành")), .th(.text("Đơn vị")),
                            .th(.text("Thời kỳ")), .th(.class("num"), .text("Số chỉ tiêu")), .th(.text("Tiến độ thực hiện"))
                        )),
                    .tbody(
                        .forEach(items) { item in
                            .tr(
                                .td(.a(.href(item.link), .text(item.title)), .br(), .small(.text(item.document))),
                                .td(.text(item.issuer)),
                                .td(.text(item.unit)),
                                .td(.text(item.term)),
                                .td(.class("num"), .text(String(item.targetCount))),
                                .td(
                                    .if(item.progressLinks.isEmpty, .span(.class("muted"), .text("Chưa có số liệu"))),
                                    .forEach(item.progressLinks) { link in .a(.href(link.link), .text(link.name)) })
                            )
                        })
                ))
        )
    }
}
