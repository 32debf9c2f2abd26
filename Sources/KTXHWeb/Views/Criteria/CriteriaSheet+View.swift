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
            .unwrap(baselineHeading) { .p(.class("subtitle"), .text("So sánh — \($0)")) },
            .if(!comparisons.isEmpty, .nav(.class("periods"), .forEach(comparisons) { .a(.href($0.1), .text($0.0)) })),
            .table(
                .class("report sheet"),
                .thead(
                    .tr(
                        .th(.text("Tiêu chí")), .th(.text("Chỉ tiêu")), .th(.text("Nội dung")), .th(.text("Số liệu")),
                        .th(.text("Ngưỡng")), .th(.text("Đánh giá")),
                        .unwrap(baselineYear) { .th(.text("Năm \($0)")) })),
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
                                .div(.class("note"), .text(row.reason))),
                            .if(baselineYear != nil, baselineCell(row.baseline))
                        )
                    })
            ),
            DiscrepancyList.view(discrepancies)
        )
    }

    /// The year compared with: the figure and verdict then, or that the sub-indicator did not exist.
    private func baselineCell(_ baseline: Baseline?) -> Node<HTML.TableRowContext> {
        guard let baseline else { return .td(.class("muted"), .text("Chưa quy định")) }
        return .td(
            .text(baseline.value),
            .div(.span(.class(CriteriaMatrixPage.cssClass(baseline.status)), .text(baseline.status.vietnameseName))))
    }
}
