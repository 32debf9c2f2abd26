import Foundation
import KTXHCore
import KTXHStorage

/// Cảnh báo sớm: what planners and People's Council delegates should look at before the year ends — indicators at
/// risk of missing their targets or behind their pace, who has not reported, and figures that moved unusually
/// against last year (a question for the reporter, never an accusation). The page and `ktxh monitor digest`.
public enum EarlyWarnings {
    public struct Report: Sendable {
        public var plan: Plan
        public var period: Period
        public var unitName: String
        public var atRisk: [MonitoringWorkflow.Item]
        public var behind: [MonitoringWorkflow.Item]
        /// Who owes figures, with the indicators they owe.
        public var missing: [(body: String, indicators: [String])]
        public var unusual: [UnusualChange]

        public var isEmpty: Bool { atRisk.isEmpty && behind.isEmpty && missing.isEmpty && unusual.isEmpty }
    }

    public static func report(store: Store, planID: Int64, period: Period) async throws -> Report? {
        guard let monitored = try await MonitoringWorkflow.monitor(store: store, planID: planID, period: period) else {
            return nil
        }
        let table = monitored.pacedTable
        let dashboard = try await DashboardWorkflow.dashboard(store: store, table: table, projections: monitored.projections)
        let items = monitored.items.filter { $0.row.target.role == .binding }
        return Report(
            plan: table.plan, period: period, unitName: table.unit?.name ?? table.plan.unitCode,
            atRisk: items.filter { $0.evaluation?.pace == .atRisk }, behind: items.filter { $0.evaluation?.pace == .behindPace },
            missing: dashboard.missing().map { ($0.body, $0.items.map(\.row.indicator.name)) },
            unusual: try await unusualChanges(store: store, table: table))
    }

    /// Among the communes of the plan's unit (or, for a commune's plan, beside the other communes of its province),
    /// the figures whose change against the same period last year stands out.
    static func unusualChanges(store: Store, table: ProgressTable) async throws -> [UnusualChange] {
        let period = table.period
        let day = CalendarDay.endOfYear(period.year)
        let indicators = table.indicatorRows.map(\.indicator).filter { $0.kind != .text && $0.kind != .yesNo }
        let codes = indicators.map(\.code)
        var parent = table.plan.unitCode
        var only: String?
        var found = try await store.communeFigures(
            under: parent, at: day, indicatorCodes: codes, periods: [period, period.samePeriodLastYear])
        if found.communes.isEmpty, let above = try await store.unit(code: parent, at: day)?.parentCode {
            only = parent
            parent = above
            found = try await store.communeFigures(
                under: parent, at: day, indicatorCodes: codes, periods: [period, period.samePeriodLastYear])
        }
        let current = Observation.currentNumbers(in: found.figures)
        return indicators.flatMap { indicator in
            let figures = found.communes.compactMap { unit -> (unit: AdminUnit, current: Decimal, previous: Decimal)? in
                let key = { (period: Period) in FigureKey(indicatorCode: indicator.code, unitCode: unit.code, period: period) }
                guard let now = current[key(period)], let before = current[key(period.samePeriodLastYear)] else { return nil }
                return (unit, now, before)
            }
            return UnusualChange.find(indicator: indicator, figures: figures).filter { only == nil || $0.unit.code == only }
        }
    }

    /// The digest as text, and the subject of its e-mail.
    public static func digest(_ report: Report) -> (subject: String, body: String) {
        let subject = "[ktxh] Cảnh báo sớm: \(report.unitName), \(report.period.vietnameseName)"
        var lines = ["CẢNH BÁO SỚM — \(report.plan.title)", "\(report.unitName), \(report.period.vietnameseName)", ""]
        func section(_ title: String, _ entries: [String]) {
            lines.append("\(title) (\(entries.count)):")
            lines += entries.isEmpty ? ["- Không có."] : entries.map { "- " + $0 }
            lines.append("")
        }
        section("1. Chỉ tiêu có nguy cơ không đạt kế hoạch", report.atRisk.map(line))
        section("2. Chỉ tiêu chậm tiến độ", report.behind.map(line))
        section("3. Chưa báo cáo số liệu", report.missing.map { "\($0.body): \($0.indicators.joined(separator: "; "))" })
        section("4. Số liệu biến động bất thường, đề nghị xem lại", report.unusual.map(\.question))
        lines.append(
            "Tiến độ so với nhịp các năm trước; dự báo chỉ là ước tính, không phải con số chắc chắn (docs/evaluation.md).")
        return (subject, lines.joined(separator: "\n"))
    }

    /// "Thu ngân sách nhà nước trên địa bàn: 45,68% so với nhịp dự kiến; dự báo cả năm đạt khoảng …".
    public static func line(_ item: MonitoringWorkflow.Item) -> String {
        var parts: [String] = []
        if let ratio = item.evaluation?.ratioToExpected {
            parts.append("\(VietnameseNumber.formatPercent((ratio * 100).rounded(1))) so với nhịp dự kiến")
        }
        if let projection = item.projection { parts.append(projection.sentence(unit: item.row.indicator.unitOfMeasure)) }
        if let basis = item.expected?.basis { parts.append(basis.vietnamese) }
        return item.row.indicator.name + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
    }
}
