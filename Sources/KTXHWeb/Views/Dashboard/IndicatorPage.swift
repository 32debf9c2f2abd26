import Foundation
import KTXHCore
import KTXHDocuments
import KTXHWorkflows
import Plot

/// One indicator of the dashboard, opened: its figure against the target, its sub-indicators, the same period over
/// past years, every version of the figure, the giải trình, and the communes' figures ranked.
struct IndicatorPage {
    var heading: String
    var dashboardLink: String
    var planTitle: String
    var planLink: String
    var facts: [(String, String)]
    var parts: [ProgressShowPage.Row]
    var versions: [String]
    var explanation: [(String, String)]
    var notReporting: [String]
    var charts: [DashboardPage.Chart]
}

extension IndicatorPage {
    init(_ detail: DashboardWorkflow.IndicatorDetail) {
        let table = detail.dashboard.table
        let plan = table.plan
        let id = plan.id ?? 0
        let period = table.period
        let row = detail.item.row
        let indicator = row.indicator
        heading = indicator.name
        dashboardLink = SiteRoute.dashboard(planID: id, period: period).path
        planTitle = plan.title
        planLink = SiteRoute.plan(id: id).path
        let evaluation = row.evaluation
        facts = [
            ("Kỳ", period.vietnameseName.capitalizedFirst), ("Lĩnh vực", detail.item.section),
            ("Đơn vị báo cáo", detail.item.body), ("Kế hoạch", row.target.text),
            ("Thực hiện", row.current.map { Display.value($0.value, indicator: indicator) } ?? "Chưa có số liệu"),
            ("% kế hoạch", Display.percent(evaluation?.percentOfPlan)),
            ("So với cùng kỳ", Display.percent(evaluation?.percentOfPrevious)),
            ("Đánh giá", evaluation?.label?.rawValue ?? ""), ("Vì sao", evaluation?.reason ?? ""),
        ].filter { !$0.1.isEmpty }
        parts = detail.parts.map { ProgressShowPage.row(.indicator($0)) }
        versions = row.versions.sorted { $0.version < $1.version }.map { version in
            let kind = version.kind == .estimate ? "Ước" : "Thực hiện"
            let cutoff = version.cutoff.map { " đến \($0.vietnamese)" } ?? ""
            let source = version.source.map { " · \($0)" } ?? ""
            return "\(kind)\(cutoff): \(Display.value(version.value, indicator: indicator))\(source)"
        }
        let state = detail.state
        explanation = [
            ("Ghi chú", state?.note ?? ""), ("Nguyên nhân", state?.cause ?? ""), ("Giải pháp", state?.remedy ?? ""),
        ].filter { !$0.1.isEmpty }
        notReporting = detail.communes.filter { $0.value == nil }.map(\.unit.name)
        let code = indicator.code
        func chart(_ chart: BarChart, _ name: String) -> DashboardPage.Chart {
            let link = { (ext: String) in
                SiteRoute.indicatorChart(planID: id, period: period, indicator: code, file: "\(name).\(ext)").path
            }
            return DashboardPage.Chart(chart: chart, id: name, svgLink: link("svg"), pngLink: link("png"))
        }
        charts = Self.charts(detail).map { chart($0.chart, $0.name) }
    }

    /// The indicator's charts by file name: against the target, over past years, the communes ranked.
    static func charts(_ detail: DashboardWorkflow.IndicatorDetail) -> [(name: String, chart: BarChart)] {
        let row = detail.item.row
        let period = detail.dashboard.table.period
        return [
            DashboardCharts.againstTarget(row, period: period).map { ("ke-hoach", $0) },
            ("cac-nam", DashboardCharts.pastYears(row.indicator, detail.pastYears)),
            ("xa-phuong", DashboardCharts.communes(row.indicator, detail.communes)),
        ].compactMap { $0 }.filter { !$0.chart.bars.isEmpty }
    }

    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: DashboardPage.under(plan: (planTitle, planLink), dashboard: dashboardLink, heading),
            .h1(.text(heading)),
            .element(
                named: "dl",
                nodes: [
                    .class("facts"),
                    .forEach(facts) { fact in
                        .group(.element(named: "dt", nodes: [.text(fact.0)]), .element(named: "dd", nodes: [.text(fact.1)]))
                    },
                ]),
            .forEach(charts) { ChartFigure.node($0) },
            .if(
                !parts.isEmpty,
                .group(
                    .h2(.text("Chỉ tiêu thành phần")),
                    .ul(.forEach(parts) { part in .li(.text("\(part.name): \(part.value) \(part.unit) \(part.label)")) }))),
            .if(
                !explanation.isEmpty,
                .group(
                    .h2(.text("Giải trình")),
                    .element(
                        named: "dl",
                        nodes: [
                            .class("facts"),
                            .forEach(explanation) { item in
                                .group(
                                    .element(named: "dt", nodes: [.text(item.0)]), .element(named: "dd", nodes: [.text(item.1)]))
                            },
                        ]))),
            .h2(.text("Các lần báo cáo số liệu")),
            .if(versions.isEmpty, .p(.class("empty"), .text("Chưa có số liệu nào cho kỳ này."))),
            .ul(.forEach(versions) { .li(.text($0)) }),
            .if(
                !notReporting.isEmpty,
                .group(
                    .h2(.text("Xã, phường chưa báo cáo (\(notReporting.count))")),
                    .p(.text(notReporting.joined(separator: ", ")))))
        )
    }
}
