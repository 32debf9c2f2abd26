import Plot

extension CriteriaMatrixPage {
    func view() -> HTML {
        Layout.page(
            title: heading, breadcrumbs: [("Bộ tiêu chí", SiteRoute.criteriaSets.path), (heading, nil)],
            .h1(.text(heading)),
            .p(.class("subtitle"), .text(setName)),
            .nav(.class("periods"), .forEach(yearLinks) { .a(.href($0.1), .text("Năm \($0.0)")) }),
            .p(.class("subtitle"), .strong(.text(summary))),
            .table(
                .class("report matrix"),
                .thead(
                    .tr(
                        .th(.text("Xã")),
                        .forEach(criteria) { .th(.attribute(named: "title", value: $0.name), .text($0.number)) },
                        .th(.text("Số tiêu chí đạt")), .th(.text("Đạt chuẩn"))
                    )),
                .tbody(
                    .forEach(lines) { line in
                        .tr(
                            .td(
                                .a(.href(line.link), .text(line.name)),
                                .unwrap(line.recognition) { .div(.class("note"), .text($0)) }),
                            .forEach(line.cells) { cell in
                                .td(
                                    .class(Self.cssClass(cell.status)),
                                    .attribute(named: "title", value: cell.status.vietnameseName),
                                    .a(.href(cell.link), .text(cell.status.counts ? "✓" : (cell.status == .notMet ? "✗" : "?"))))
                            },
                            .td(.class("num"), .strong(.text(line.count))),
                            .td(.class(Self.cssClass(line.standard)), .text(line.standard.vietnameseName))
                        )
                    },
                    .tr(
                        .class("section"), .td(.text("Số xã đạt")), .forEach(totals) { .td(.class("num"), .text($0)) }, .td(),
                        .td())
                )
            ),
            .if(
                !unreported.isEmpty,
                .p(.class("note"), .text("Chưa có số liệu, không tính vào tổng: \(unreported.joined(separator: ", "))."))),
            DiscrepancyList.view(discrepancies)
        )
    }
}
