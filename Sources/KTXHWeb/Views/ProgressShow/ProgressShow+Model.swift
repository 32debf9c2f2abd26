import Foundation
import KTXHCore
import KTXHDocuments

/// "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết": the plan's targets beside one period's figures.
struct ProgressShowPage {
    struct Row: Hashable {
        var isSection: Bool
        var number: String
        var name: String
        var unit: String
        var target: String
        var value: String
        /// Other versions of the figure ("Ước: 86,6 (đến 30/6)"), and where it comes from.
        var notes: [String]
        var percentOfPlan: String
        /// 0…100, the width of the row's bar.
        var bar: Int?
        var label: String
        var labelClass: String
        var reason: String
        var depth: Int
    }

    struct Tally: Hashable {
        var label: String
        var cssClass: String
        var count: Int

        /// One tally per label that occurs, in the labels' order: the summary line every page shows.
        static func list(_ counts: [EvaluationLabel: Int]) -> [Tally] {
            EvaluationLabel.allCases.compactMap { label in
                counts[label].map { Tally(label: label.rawValue, cssClass: Display.cssClass(label), count: $0) }
            }
        }
    }

    var heading: String
    var planTitle: String
    var planLink: String
    var unitName: String
    var planColumn: String
    var valueColumn: String
    var cutoffNote: String?
    var rows: [Row]
    var tallies: [Tally]
    var periodLinks: [(name: String, link: String, current: Bool)]
    /// Tải về: the table as XLSX, DOCX and a print view, and the draft report.
    var downloads: [(name: String, link: String)]
    /// The period's dashboard; nil on a page that is not the plan's own table (the roll-up).
    var dashboardLink: String?
}

extension ProgressShowPage {
    init(table: ProgressTable, periods: [Period]) {
        let plan = table.plan
        heading = "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết \(table.period.vietnameseName)"
        planTitle = plan.title
        planLink = SiteRoute.plan(id: plan.id ?? 0).path
        unitName = table.unit?.name ?? plan.unitCode
        planColumn = plan.term.kind == .year ? "Kế hoạch \(plan.term.year)" : "Kế hoạch \(plan.term.code)"
        valueColumn = table.period.covers(plan.term) ? "Thực hiện" : "Tiến độ thực hiện"
        let cutoffs = Set(table.indicatorRows.compactMap { $0.current?.kind == .actual ? $0.current?.cutoff : nil })
        cutoffNote = cutoffs.count == 1 ? cutoffs.first.map { "Số liệu thực hiện đến ngày \($0.vietnamese)" } : nil
        rows = table.rows.map(Self.row)
        tallies = Tally.list(table.labelCounts)
        let id = plan.id ?? 0
        periodLinks = periods.map {
            ($0.vietnameseName.capitalizedFirst, SiteRoute.progress(planID: id, period: $0).path, $0 == table.period)
        }
        let period = table.period
        dashboardLink = SiteRoute.dashboard(planID: id, period: period).path
        downloads = [
            ("Biểu tiến độ (Excel)", SiteRoute.progressDocument(planID: id, period: period, .xlsx).path),
            ("Biểu tiến độ (Word)", SiteRoute.progressDocument(planID: id, period: period, .docx).path),
            ("Dự thảo báo cáo (Word)", SiteRoute.draftReport(planID: id, period: period).path),
            ("Bản in", SiteRoute.progressDocument(planID: id, period: period, .print).path),
        ]
    }

    static func row(_ row: ProgressTable.Row) -> Row {
        switch row {
        case .section(let section):
            return Row(
                isSection: true, number: section.label, name: section.title, unit: "", target: "", value: "", notes: [],
                percentOfPlan: "", bar: nil, label: "", labelClass: "", reason: "", depth: 0)
        case .indicator(let item):
            let indicator = item.indicator
            var value = item.current.map { Display.value($0.value, indicator: indicator) } ?? ""
            if item.current?.kind == .estimate { value = "Ước \(value)" }
            // The latest version of the other kind (the estimate beside an actual); a revision of the same kind
            // replaces its predecessor, whose value stays in the figure's history.
            let other = Observation.current(in: item.versions.filter { $0.kind != item.current?.kind })
            let notes = [other].compactMap { $0 }.map { version in
                let kind = version.kind == .estimate ? "Ước" : "Thực hiện"
                let cutoff = version.cutoff.map { " (đến \($0.vietnamese))" } ?? ""
                return "\(kind): \(Display.value(version.value, indicator: indicator))\(cutoff)"
            }
            let percent = item.evaluation?.percentOfPlan
            let bar = percent.map { NSDecimalNumber(decimal: min(max($0, 0), 100)).intValue }
            return Row(
                isSection: false, number: item.target.label ?? "", name: indicator.name, unit: indicator.unitOfMeasure,
                target: item.target.text, value: value, notes: notes, percentOfPlan: Display.percent(percent),
                bar: bar, label: item.evaluation?.label?.rawValue ?? "",
                labelClass: Display.cssClass(item.evaluation?.label), reason: item.evaluation?.reason ?? "",
                depth: item.depth)
        }
    }
}
