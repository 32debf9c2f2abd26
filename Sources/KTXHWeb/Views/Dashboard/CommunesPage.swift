import Foundation
import KTXHCore
import KTXHDocuments
import Plot

/// "So sánh các xã, phường": one indicator across the communes of the plan's unit — ranked, each judged against
/// its own plan, who has not reported, and the whole unit's figure. A hundred communes fit one screen and an A4 page.
struct CommunesPage {
    struct Line: Hashable {
        var code: String
        var rank: String
        var name: String
        var value: String
        var target: String
        var percentOfPlan: String
        var label: String
        var labelClass: String
    }

    var heading: String
    var planTitle: String
    var planLink: String
    var dashboardLink: String
    var formAction: String
    var indicators: [SelectField.Option]
    var combined: String
    var tallies: [ProgressShowPage.Tally]
    var lines: [Line]
    var notReported: [String]
    var chart: DashboardPage.Chart?
    /// Giao chỉ tiêu: where the planner's targets for the communes are posted, what was typed (kept when refused),
    /// and what the last post did.
    var indicatorCode = ""
    var givenAction = ""
    var typed: [String: String] = [:]
    var problem: String?
    var notice: String?
}

extension CommunesPage {
    init(_ comparison: CommuneComparison?, indicators: [Indicator], plan: PlanDocument, unitName: String, period: Period) {
        let id = plan.plan.id ?? 0
        heading = "So sánh các xã, phường của \(unitName), \(period.vietnameseName)"
        planTitle = plan.plan.title
        planLink = SiteRoute.plan(id: id).path
        dashboardLink = SiteRoute.dashboard(planID: id, period: period).path
        formAction = SiteRoute.communes(planID: id, period: period).path
        self.indicators = indicators.map {
            SelectField.Option(value: $0.code, text: $0.name, selected: $0.code == comparison?.indicator.code)
        }
        guard let comparison else {
            combined = ""
            tallies = []
            lines = []
            notReported = []
            chart = nil
            return
        }
        let indicator = comparison.indicator
        indicatorCode = indicator.code
        givenAction =
            formAction + "?chi-tieu=" + (indicator.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        combined =
            comparison.combined.map {
                "Cả \(unitName) (tổng hợp theo cách \(indicator.aggregation.vietnameseName.lowercased())): "
                    + "\(Display.value($0, indicator: indicator)) \(indicator.unitOfMeasure)"
            } ?? "Cả \(unitName): không tổng hợp được từ số liệu các xã, phường."
        tallies = ProgressShowPage.Tally.list(comparison.counts)
        lines = comparison.lines.map { line in
            Line(
                code: line.unit.code, rank: line.rank.map(String.init) ?? "", name: line.unit.name,
                value: line.current.map { Display.value($0.value, indicator: indicator) } ?? "Chưa báo cáo",
                target: line.target?.text ?? "", percentOfPlan: Display.percent(line.evaluation?.percentOfPlan),
                label: line.evaluation?.label?.rawValue ?? "", labelClass: Display.cssClass(line.evaluation?.label))
        }
        notReported = comparison.notReported.map(\.name)
        let ranked = DashboardCharts.communes(indicator, comparison.lines.map { ($0.unit, $0.current?.value) })
        let link = { (ext: String) in
            SiteRoute.indicatorChart(planID: id, period: period, indicator: indicator.code, file: "xa-phuong.\(ext)").path
        }
        chart =
            ranked.bars.isEmpty
            ? nil : DashboardPage.Chart(chart: ranked, id: "xa-phuong", svgLink: link("svg"), pngLink: link("png"))
    }

    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: DashboardPage.under(plan: (planTitle, planLink), dashboard: dashboardLink, heading),
            .h1(.text(heading)),
            .form(
                .method(.get), .action(formAction), .class("filters"),
                .label(.for("chi-tieu"), .text("Chỉ tiêu")),
                SelectField.node(name: "chi-tieu", id: "chi-tieu", options: indicators),
                .button(.type(.submit), .text("Xem"))),
            .if(lines.isEmpty, .p(.class("empty"), .text("Đơn vị này không có xã, phường nào để so sánh trong kỳ."))),
            .if(!combined.isEmpty, .p(.class("subtitle"), .text(combined))),
            .ul(
                .class("legend"),
                .forEach(tallies) { tally in
                    .li(.span(.class(tally.cssClass), .text(tally.label)), .text(": \(tally.count) xã, phường"))
                },
                .li(.span(.class("label pending"), .text("Chưa báo cáo")), .text(": \(notReported.count) xã, phường"))),
            .unwrap(chart) { ChartFigure.node($0) },
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .if(
                !lines.isEmpty,
                .if(
                    PageContext.current?.allows(.setUp) == true,
                    PostForm.node(
                        action: givenAction, id: "giao-chi-tieu",
                        .input(.type(.hidden), .name("chi-tieu"), .value(indicatorCode)),
                        .div(.class("scroll"), table(giving: true)),
                        .p(
                            .class("hint"),
                            .text(
                                "Chỉ tiêu giao: viết như nghị quyết («đạt 95%», «từ 120 tỷ đồng trở lên»); để trống là giữ "
                                    + "nguyên. Chỉ tiêu giao được lưu vào kế hoạch «cấp trên giao» của từng xã, phường.")),
                        .button(.type(.submit), .text("Giao chỉ tiêu cho các xã, phường"))),
                    else: .div(.class("scroll"), table(giving: false))))
        )
    }

    private func table(giving: Bool) -> Node<HTML.BodyContext> {
        .table(
            .class("list communes"),
            .thead(
                .tr(
                    .th(.class("num"), .text("Hạng")), .th(.text("Xã, phường")), .th(.class("num"), .text("Thực hiện")),
                    .th(.text("Kế hoạch của xã")), .th(.class("num"), .text("% KH")), .th(.text("Đánh giá")),
                    .if(giving, .th(.text("Chỉ tiêu giao"))))),
            .tbody(
                .forEach(lines) { line in
                    .tr(
                        .td(.class("num"), .text(line.rank)), .td(.text(line.name)),
                        .td(.class("num"), .text(line.value)), .td(.text(line.target)),
                        .td(.class("num"), .text(line.percentOfPlan)),
                        .td(.span(.class(line.labelClass), .text(line.label))),
                        .if(
                            giving,
                            .td(
                                .input(
                                    .type(.text), .name("giao-" + line.code), .value(typed[line.code] ?? ""),
                                    .attribute(named: "aria-label", value: "Chỉ tiêu giao cho \(line.name)")))))
                }))
    }
}
