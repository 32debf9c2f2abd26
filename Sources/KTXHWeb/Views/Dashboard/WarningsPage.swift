import Foundation
import KTXHCore
import KTXHWorkflows
import Plot

/// "Cảnh báo sớm": for planners and People's Council delegates, what to look at before the year ends — the
/// indicators at risk or behind their pace with where they are heading and why the pace is what it is, who has not
/// reported, and figures that moved unusually (as questions).
struct WarningsPage {
    struct Line: Hashable {
        var name: String
        var link: String
        var detail: String
    }

    var heading: String
    var planTitle: String
    var planLink: String
    var dashboardLink: String
    var atRisk: [Line]
    var behind: [Line]
    var missing: [(body: String, indicators: [String])]
    var unusual: [String]
}

extension WarningsPage {
    init(_ report: EarlyWarnings.Report) {
        let id = report.plan.id ?? 0
        heading = "Cảnh báo sớm: \(report.unitName), \(report.period.vietnameseName)"
        planTitle = report.plan.title
        planLink = SiteRoute.plan(id: id).path
        dashboardLink = SiteRoute.dashboard(planID: id, period: report.period).path
        let line = { (item: MonitoringWorkflow.Item) in
            let name = EarlyWarnings.line(item)
            return Line(
                name: item.row.indicator.name,
                link: SiteRoute.dashboardIndicator(planID: id, period: report.period, indicator: item.row.indicator.code).path,
                detail: String(name.dropFirst(item.row.indicator.name.count)).trimmingCharacters(
                    in: CharacterSet(charactersIn: ": ")))
        }
        atRisk = report.atRisk.map(line)
        behind = report.behind.map(line)
        missing = report.missing
        unusual = report.unusual.map(\.question)
    }

    func view() -> HTML {
        Layout.page(
            title: heading,
            breadcrumbs: DashboardPage.under(plan: (planTitle, planLink), dashboard: dashboardLink, "Cảnh báo sớm"),
            .h1(.text(heading)),
            .p(
                .class("subtitle"),
                .text(
                    "Tiến độ so với nhịp các năm trước (hoặc các đơn vị cùng cấp, hoặc đều theo thời gian); dự báo là ước "
                        + "tính có khoảng, không phải con số chắc chắn.")),
            section("Chỉ tiêu có nguy cơ không đạt kế hoạch", "nguy-co", atRisk),
            section("Chỉ tiêu chậm tiến độ", "cham", behind),
            .section(
                .attribute(named: "aria-labelledby", value: "chua-bao-cao"),
                .h2(.id("chua-bao-cao"), .text("Chưa báo cáo số liệu (\(missing.count))")),
                missing.isEmpty
                    ? .p(.class("empty"), .text("Mọi đơn vị đã báo cáo."))
                    : .ul(.forEach(missing) { .li(.strong(.text($0.body)), .text(": " + $0.indicators.joined(separator: "; "))) })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "bat-thuong"),
                .h2(.id("bat-thuong"), .text("Số liệu biến động bất thường, đề nghị xem lại (\(unusual.count))")),
                unusual.isEmpty
                    ? .p(.class("empty"), .text("Không có số liệu nào biến động khác thường so với các đơn vị cùng cấp."))
                    : .ul(.forEach(unusual) { .li(.text($0)) }))
        )
    }

    private func section(_ title: String, _ id: String, _ lines: [Line]) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: id),
            .h2(.id(id), .text("\(title) (\(lines.count))")),
            lines.isEmpty
                ? .p(.class("empty"), .text("Không có."))
                : .ul(.forEach(lines) { .li(.a(.href($0.link), .text($0.name)), .text(": " + $0.detail)) }))
    }
}
