import Plot

extension ProgressShowPage {
    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (planColumn, planLink), (heading, nil)],
            .h1(.text(heading)),
            .p(.class("subtitle"), .text(unitName), .text(" · "), .a(.href(planLink), .text(planTitle))),
            .if(cutoffNote != nil, .p(.class("cutoff"), .text(cutoffNote ?? ""))),
            .if(
                periodLinks.count > 1,
                .nav(
                    .class("periods"),
                    .forEach(periodLinks) { link in
                        link.current ? .strong(.text(link.name)) : .a(.href(link.link), .text(link.name))
                    })),
            .unwrap(dashboardLink) { .p(.class("periods"), .a(.href($0), .text("Bảng điều hành và biểu đồ"))) },
            Downloads.links(downloads),
            summary(),
            .table(
                .class("report progress"),
                .thead(
                    .tr(
                        .th(.text("STT")), .th(.text("Chỉ tiêu")), .th(.text("Đơn vị tính")),
                        .th(.class("num"), .text(planColumn)),
                        .th(.class("num"), .text(valueColumn)), .th(.class("num"), .text("% KH")), .th(.text("Đánh giá"))
                    )),
                .tbody(
                    .forEach(rows) { row in
                        row.isSection ? sectionRow(row) : indicatorRow(row)
                    })
            )
        )
    }

    private func summary() -> Node<HTML.BodyContext> {
        let total = tallies.map(\.count).reduce(0, +)
        return .if(
            total > 0,
            .section(
                .class("summary"), .attribute(named: "aria-label", value: "Tổng hợp đánh giá"),
                .div(
                    .class("stack"),
                    .forEach(tallies) { tally in
                        .span(
                            .class("\(tally.cssClass) segment w\((tally.count * 100 + total / 2) / total)"),
                            .attribute(named: "title", value: "\(tally.label): \(tally.count)"),
                            .text(String(tally.count)))
                    }),
                .ul(
                    .class("legend"),
                    .forEach(tallies) { tally in
                        .li(.span(.class(tally.cssClass), .text(tally.label)), .text(": \(tally.count) chỉ tiêu"))
                    })
            ))
    }

    private func sectionRow(_ row: Row) -> Node<HTML.TableContext> {
        .tr(.class("section"), .td(.text(row.number)), .td(.attribute(named: "colspan", value: "6"), .text(row.name)))
    }

    private func indicatorRow(_ row: Row) -> Node<HTML.TableContext> {
        .tr(
            .class(row.depth > 0 ? "sub" : "item"),
            .td(.text(row.number)),
            .td(.class("name"), .text(row.depth > 0 ? "- \(row.name)" : row.name)),
            .td(.text(row.unit)),
            .td(.class("num"), .text(row.target)),
            .td(
                .class("num"), .text(row.value),
                .forEach(row.notes) { .div(.class("note"), .text($0)) }),
            .td(
                .class("num percent"), .text(row.percentOfPlan),
                .unwrap(row.bar) { width in
                    .div(
                        .class("bar"), .attribute(named: "aria-hidden", value: "true"),
                        .span(.class("w\(min(100, max(0, width)))")))
                }),
            .td(.span(.class(row.labelClass), .attribute(named: "title", value: row.reason), .text(row.label)))
        )
    }
}
