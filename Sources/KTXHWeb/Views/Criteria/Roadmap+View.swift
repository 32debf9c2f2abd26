import KTXHCore
import Plot

/// "Lộ trình": per year, what each unit plans to reach, beside the result where one exists.
struct RoadmapPage {
    struct Line: Hashable {
        var year: Int
        var unit: String
        var tier: String
        var goal: String
        var items: String
        var planned: String
        var result: String
        var text: String
    }

    var heading: String
    var lines: [Line]

    func view() -> HTML {
        Layout.page(
            title: heading, breadcrumbs: [("Bộ tiêu chí", SiteRoute.criteriaSets.path), (heading, nil)],
            .h1(.text(heading)),
            .table(
                .class("report roadmap"),
                .thead(
                    .tr(
                        .th(.text("Năm")), .th(.text("Đơn vị")), .th(.text("Mức")), .th(.text("Mục tiêu")),
                        .th(.text("Nội dung")), .th(.class("num"), .text("Kế hoạch")), .th(.text("Kết quả")))),
                .tbody(
                    .forEach(lines) { line in
                        .tr(
                            .td(.text(String(line.year))), .td(.text(line.unit)), .td(.text(line.tier)), .td(.text(line.goal)),
                            .td(.text(line.items), .div(.class("note"), .text(line.text))),
                            .td(.class("num"), .text(line.planned)),
                            .td(.class("pending"), .text(line.result)))
                    }))
        )
    }
}
