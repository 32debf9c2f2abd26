import Foundation
import KTXHCore
import KTXHDocuments

/// "Bảng điều hành": where a plan stands in a period — the counts per label, the indicators furthest behind, the
/// figures still missing and who owes them, % KH of every indicator; filtered by section, body and label.
struct DashboardPage {
    struct Line: Hashable {
        var name: String
        var link: String
        var section: String
        var body: String
        var value: String
        var target: String
        var percentOfPlan: String
        var label: String
        var labelClass: String
        /// Tiến độ beside the label, with its ratio to the expected pace and the year-end projection.
        var pace = ""
        var paceDetail = ""
    }

    struct Chart {
        var chart: BarChart
        var id: String
        var svgLink: String
        var pngLink: String
    }

    var heading: String
    var unitName: String
    var planTitle: String
    var planLink: String
    var progressLink: String
    /// The communes compared, for a unit that has communes (a province, or a district before 2025).
    var communesLink: String?
    var warningsLink: String
    var filter: Dashboard.Filter
    var sections: [String]
    var bodies: [String]
    var labels: [String]
    var formAction: String
    var tallies: [ProgressShowPage.Tally]
    var notReported: Int
    var behind: [Line]
    var missing: [(body: String, lines: [Line])]
    var lines: [Line]
    var charts: [Chart]
    /// Counts per label in each section ("Kinh tế: 2 Vượt, 5 Đạt …"), in the plan's order.
    var sectionCounts: [(section: String, counts: [String])]
    /// The key indicators' figures against their targets, one small chart each (the plan's binding ones first).
    var multiples: [Chart]
    var isPublic = false
}

extension DashboardPage {
    init(_ dashboard: Dashboard, filter: Dashboard.Filter) {
        let table = dashboard.table
        let plan = table.plan
        let id = plan.id ?? 0
        let period = table.period
        heading = "Bảng điều hành \(period.vietnameseName)"
        unitName = table.unit?.name ?? plan.unitCode
        planTitle = plan.title
        planLink = SiteRoute.plan(id: id).path
        progressLink = SiteRoute.progress(planID: id, period: period).path
        communesLink = plan.unitCode.count <= 3 ? SiteRoute.communes(planID: id, period: period).path : nil
        warningsLink = SiteRoute.warnings(planID: id, period: period).path
        self.filter = filter
        sections = dashboard.sections
        bodies = dashboard.bodies
        labels = dashboard.labels.map(\.rawValue)
        formAction = SiteRoute.dashboard(planID: id, period: period).path
        let shown = dashboard.items(filter)
        tallies = ProgressShowPage.Tally.list(Dashboard.counts(shown))
        notReported = shown.filter(\.isMissing).count
        func line(_ item: Dashboard.Item) -> Line {
            let row = item.row
            return Line(
                name: row.indicator.name,
                link: SiteRoute.dashboardIndicator(planID: id, period: period, indicator: row.indicator.code).path,
                section: item.section, body: item.body,
                value: row.current.map { Display.value($0.value, indicator: row.indicator) } ?? "",
                target: row.target.text, percentOfPlan: Display.percent(row.evaluation?.percentOfPlan),
                label: item.label?.rawValue ?? "", labelClass: Display.cssClass(item.label),
                pace: row.evaluation?.pace?.rawValue ?? "",
                paceDetail: Self.paceDetail(row, projection: dashboard.projections[row.indicator.code]))
        }
        behind = dashboard.mostBehind(filter).map(line)
        missing = dashboard.missing(filter).map { ($0.body, $0.items.map(line)) }
        lines = shown.map(line)
        let query = Self.query(filter)
        func chart(_ chart: BarChart, _ name: String) -> Chart {
            let link = { (ext: String) in
                SiteRoute.dashboardChart(planID: id, period: period, file: "\(name).\(ext)").path + query
            }
            return Chart(chart: chart, id: name, svgLink: link("svg"), pngLink: link("png"))
        }
        sectionCounts = dashboard.sections.map { section in
            let counts = Dashboard.counts(shown.filter { $0.section == section })
            return (section, EvaluationLabel.allCases.compactMap { label in counts[label].map { "\($0) \(label.rawValue)" } })
        }.filter { !$0.counts.isEmpty }
        multiples = Self.keyIndicators(shown).compactMap { item in
            DashboardCharts.againstTarget(item.row, period: period).map { against in
                let code = item.row.indicator.code
                let link = { (ext: String) in
                    SiteRoute.indicatorChart(planID: id, period: period, indicator: code, file: "ke-hoach.\(ext)").path
                }
                return Chart(chart: against, id: "nho-\(code)", svgLink: link("svg"), pngLink: link("png"))
            }
        }
        charts = [
            chart(DashboardCharts.labels(shown, period: period), "danh-gia"),
            chart(DashboardCharts.percentOfPlan(shown, period: period), "so-voi-ke-hoach"),
        ].filter { !$0.chart.bars.isEmpty }
    }

    /// "92% nhịp dự kiến; dự báo cả năm đạt khoảng 204-244 tỷ đồng, khoảng 85-102% kế hoạch".
    static func paceDetail(_ row: ProgressTable.IndicatorRow, projection: Projection?) -> String {
        var parts: [String] = []
        if let ratio = row.evaluation?.ratioToExpected {
            parts.append("\(Display.percent(ratio * 100)) so với nhịp dự kiến")
        }
        if let projection { parts.append(projection.sentence(unit: row.indicator.unitOfMeasure)) }
        return parts.joined(separator: "; ")
    }

    /// The page as anyone sees it without login: no links into the app, no filters, no one's figures missing.
    mutating func makePublic(planID: Int64, period: Period) {
        isPublic = true
        heading = "Công khai: tình hình thực hiện chỉ tiêu \(heading.replacingOccurrences(of: "Bảng điều hành ", with: ""))"
        communesLink = nil
        missing = []
        for index in lines.indices { lines[index].link = "" }
        for index in behind.indices { behind[index].link = "" }
        let unlinked = { (chart: Chart) -> Chart in
            var chart = chart
            chart.svgLink = ""
            chart.pngLink = ""
            return chart
        }
        // The page's own charts download from the public address; an indicator's charts are behind the login.
        charts = charts.map { chart in
            var chart = chart
            chart.svgLink = SiteRoute.publicChart(planID: planID, period: period, file: chart.id + ".svg").path
            chart.pngLink = SiteRoute.publicChart(planID: planID, period: period, file: chart.id + ".png").path
            return chart
        }
        multiples = multiples.map(unlinked)
    }

    /// The indicators a leader looks at first: those with a figure and a numeric target, binding ones first, at most
    /// eight, in the plan's order.
    static func keyIndicators(_ items: [Dashboard.Item]) -> [Dashboard.Item] {
        let measured = items.filter { $0.row.current?.value.number != nil && $0.row.target.expression.referenceValue != nil }
        let binding = measured.filter { $0.row.target.role == .binding }
        return Array((binding + measured.filter { $0.row.target.role != .binding }).prefix(8))
    }

    /// The breadcrumbs of a page opened from a dashboard.
    static func under(plan: (title: String, link: String), dashboard: String, _ heading: String) -> [(String, String?)] {
        [("Kế hoạch", SiteRoute.home.path), (plan.title, plan.link), ("Bảng điều hành", dashboard), (heading, nil)]
    }

    /// The filter as the page's query string, so that a chart's download shows what the page shows.
    static func query(_ filter: Dashboard.Filter) -> String {
        let pairs = [("muc", filter.section), ("don-vi", filter.body), ("danh-gia", filter.label?.rawValue)]
            .compactMap { name, value in
                value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}
