import Plot

extension DashboardPage {
    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: isPublic ? [] : [("Kế hoạch", SiteRoute.home.path), (planTitle, planLink), (heading, nil)],
            .h1(.text(heading)),
            .if(isPublic, .p(.class("subtitle"), .text("\(unitName) · \(planTitle)"))),
            .if(
                !isPublic,
                .p(
                    .class("subtitle"), .text(unitName), .text(" · "), .a(.href(planLink), .text(planTitle)), .text(" · "),
                    .a(.href(progressLink), .text("Biểu tiến độ đầy đủ")), .text(" · "),
                    .a(.href(warningsLink), .text("Cảnh báo sớm")),
                    .unwrap(communesLink) { .group(.text(" · "), .a(.href($0), .text("So sánh các xã, phường"))) })),
            .if(!isPublic, filterForm()),
            .section(
                .class("summary"), .attribute(named: "aria-label", value: "Số chỉ tiêu theo đánh giá"),
                .ul(
                    .class("legend"),
                    .forEach(tallies) { tally in
                        .li(.span(.class(tally.cssClass), .text(tally.label)), .text(": \(tally.count) chỉ tiêu"))
                    },
                    .li(.span(.class("label pending"), .text("Chưa có số liệu")), .text(": \(notReported) chỉ tiêu")))),
            .if(
                !sectionCounts.isEmpty,
                .table(
                    .class("list"),
                    .caption(.text("Theo lĩnh vực")),
                    .thead(.tr(.th(.text("Lĩnh vực")), .th(.text("Số chỉ tiêu theo đánh giá")))),
                    .tbody(
                        .forEach(sectionCounts) { row in
                            .tr(.td(.text(row.section)), .td(.text(row.counts.joined(separator: ", "))))
                        }))),
            .forEach(charts) { ChartFigure.node($0) },
            .if(
                !multiples.isEmpty,
                .section(
                    .attribute(named: "aria-labelledby", value: "chi-tieu-chu-yeu"),
                    .h2(.id("chi-tieu-chu-yeu"), .text("Các chỉ tiêu chủ yếu so với kế hoạch")),
                    .div(.class("multiples"), .forEach(multiples) { ChartFigure.node($0) }))),
            .h2(.text("Chỉ tiêu chậm nhất so với kế hoạch")),
            .if(behind.isEmpty, .p(.class("empty"), .text("Không có chỉ tiêu nào chưa đạt."))),
            .if(!behind.isEmpty, table(behind)),
            .if(!isPublic, .h2(.text("Số liệu còn thiếu"))),
            .if(!isPublic && missing.isEmpty, .p(.class("empty"), .text("Mọi chỉ tiêu đã có số liệu."))),
            .forEach(missing) { group in
                .section(
                    .class("owed"),
                    .h3(.text("\(group.body): \(group.lines.count) chỉ tiêu")),
                    .ul(.forEach(group.lines) { .li(.a(.href($0.link), .text($0.name))) }))
            },
            .h2(.text("Tất cả chỉ tiêu (\(lines.count))")),
            table(lines)
        )
    }

    private func filterForm() -> Node<HTML.BodyContext> {
        func options(_ values: [String], _ selected: String?, all: String) -> [SelectField.Option] {
            [SelectField.Option(value: "", text: all, selected: selected == nil)]
                + values.map { SelectField.Option(value: $0, text: $0, selected: $0 == selected) }
        }
        return .form(
            .method(.get), .action(formAction), .class("filters"),
            .label(.for("muc"), .text("Lĩnh vực")),
            SelectField.node(name: "muc", id: "muc", options: options(sections, filter.section, all: "Tất cả lĩnh vực")),
            .label(.for("don-vi"), .text("Đơn vị báo cáo")),
            SelectField.node(name: "don-vi", id: "don-vi", options: options(bodies, filter.body, all: "Tất cả đơn vị")),
            .label(.for("danh-gia"), .text("Đánh giá")),
            SelectField.node(
                name: "danh-gia", id: "danh-gia", options: options(labels, filter.label?.rawValue, all: "Mọi đánh giá")),
            .button(.type(.submit), .text("Lọc")),
            .if(!filter.isEmpty, .a(.href(formAction), .text("Bỏ lọc"))))
    }

    private func table(_ lines: [Line]) -> Node<HTML.BodyContext> {
        .table(
            .class("list dashboard"),
            .thead(
                .tr(
                    .th(.text("Chỉ tiêu")), .th(.text("Lĩnh vực")), .th(.text("Đơn vị báo cáo")), .th(.text("Kế hoạch")),
                    .th(.class("num"), .text("Thực hiện")), .th(.class("num"), .text("% KH")), .th(.text("Đánh giá")),
                    .th(.text("Tiến độ")))),
            .tbody(
                .forEach(lines) { line in
                    .tr(
                        .td(line.link.isEmpty ? .text(line.name) : .a(.href(line.link), .text(line.name))),
                        .td(.text(line.section)), .td(.text(line.body)),
                        .td(.text(line.target)), .td(.class("num"), .text(line.value)),
                        .td(.class("num"), .text(line.percentOfPlan)),
                        .td(.span(.class(line.labelClass), .text(line.label))),
                        .td(
                            .text(line.pace), .if(!line.paceDetail.isEmpty, .span(.class("hint"), .text(" (\(line.paceDetail))")))
                        ))
                }))
    }
}

/// A chart as a page shows it: the SVG inline, its numbers in a table beside it (the text alternative), and
/// links to download it as SVG or PNG.
enum ChartFigure {
    static func node(_ chart: DashboardPage.Chart) -> Node<HTML.BodyContext> {
        .element(
            named: "figure",
            nodes: [
                .class("chart"),
                .raw(chart.chart.svg(id: chart.id)),
                .element(named: "figcaption", nodes: [.text(chart.chart.title)]),
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", nodes: [.text("Số liệu của biểu đồ")]),
                        .table(
                            .class("list"),
                            .thead(
                                .tr(
                                    .th(.text("Mục")), .th(.class("num"), .text("Giá trị")),
                                    .th(.class("num"), .text("Kế hoạch")), .th(.text("Ghi chú")))),
                            .tbody(
                                .forEach(chart.chart.rows) { row in
                                    .tr(
                                        .td(.text(row[0])), .td(.class("num"), .text(row[1])),
                                        .td(.class("num"), .text(row[2])), .td(.text(row[3])))
                                })),
                    ]),
                .if(
                    !chart.svgLink.isEmpty,
                    .p(
                        .class("downloads"), .text("Tải biểu đồ: "), .a(.href(chart.svgLink), .text("SVG")),
                        .a(.href(chart.pngLink), .text("PNG")))),
            ])
    }
}
