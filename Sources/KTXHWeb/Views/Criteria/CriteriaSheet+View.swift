import Plot

extension CriteriaSheetPage {
    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: [("Bộ tiêu chí", SiteRoute.criteriaSets.path)] + (matrixLink.map { [("Ma trận tiêu chí", $0)] } ?? [])
                + [(heading, nil)],
            .h1(.text(heading)),
            .p(.class("subtitle"), .text(setName)),
            .p(
                .class("subtitle"), .strong(.text("Đạt \(count) tiêu chí")), .text(" · "),
                .span(.class(CriteriaMatrixPage.cssClass(standard)), .text("Chuẩn nông thôn mới: \(standard.vietnameseName)"))),
            .forEach(recognitions) { .p(.class("cutoff"), .text($0)) },
            .table(
                .class("report sheet"),
                .thead(
                    .tr(
                        .th(.text("Tiêu chí")), .th(.text("Chỉ tiêu")), .th(.text("Nội dung")), .th(.text("Số liệu")),
                        .th(.text("Ngưỡng")), .th(.text("Đánh giá")))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .id("tc-\(row.number)"), .class(row.opensCriterion ? "opens" : "continues"),
                            .td(
                                .if(
                                    row.opensCriterion,
                                    .group(
                                        .text("\(row.criterion). \(row.criterionName)"),
                                        .div(
                                            .class(CriteriaMatrixPage.cssClass(row.criterionStatus)),
                                            .text(row.criterionStatus.vietnameseName))))),
                            .td(.text(row.number)), .td(.class("name"), .text(row.name)),
                            .td(
                                .text(row.value),
                                .if(!row.written.isEmpty, .div(.class("note"), .text("Văn bản: \(row.written)"))),
                                .forEach(row.warnings) { .div(.class("note short"), .text($0)) }),
                            .td(.class("num"), .text(row.threshold)),
                            .td(
                                .span(.class(CriteriaMatrixPage.cssClass(row.status)), .text(row.status.vietnameseName)),
                                .div(.class("note"), .text(row.reason)))
                        )
                    })
            ),
            DiscrepancyList.view(discrepancies)
        )
    }
}
