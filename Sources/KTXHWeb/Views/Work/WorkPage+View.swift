import Plot

extension WorkPage {
    func view() -> HTML {
        Layout.page(
            title: "Nhập số liệu",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Nhập số liệu", nil)],
            .h1(.text("Nhập số liệu")),
            .if(groups.isEmpty, .p(.class("empty"), .text("Chưa có kỳ báo cáo nào đang mở cho đơn vị của bạn."))),
            .forEach(groups) { group in
                .section(
                    .h2(.text(group.title)),
                    .p(.class("muted"), .text(group.dates)),
                    .ul(
                        .class("forms"),
                        .forEach(group.forms) { form in
                            .li(
                                .a(.href(form.link), .text(form.name)), .text(" — "), .strong(.text(form.status)),
                                .span(.class("muted"), .text(form.detail.isEmpty ? "" : " · \(form.detail)")))
                        }))
            }
        )
    }
}
