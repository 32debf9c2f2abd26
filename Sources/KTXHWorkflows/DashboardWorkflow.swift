import KTXHCore
import KTXHStorage

/// Bảng điều hành: a plan's standing in a period, and one indicator's story behind it — the progress table's own
/// evaluations, who owes the missing figures, the same period over past years, and the communes' figures.
public enum DashboardWorkflow {
    /// The dashboard of a plan for `period`, each indicator with its pace against past years and where it is
    /// heading (docs/evaluation.md); nil when there is no such plan. `pace: false` leaves the pace out, for what does
    /// not show it (a chart's download), so that it does not read the past years.
    public static func dashboard(store: Store, planID: Int64, period: Period, pace: Bool = true) async throws -> Dashboard? {
        guard let table = try await store.progressTable(planID: planID, period: period) else { return nil }
        guard pace else { return try await dashboard(store: store, table: table, projections: [:]) }
        let monitored = try await MonitoringWorkflow.monitor(store: store, table: table)
        return try await dashboard(store: store, table: monitored.pacedTable, projections: monitored.projections)
    }

    /// The dashboard of a progress table already read (and paced), with who reports each indicator.
    public static func dashboard(store: Store, table: ProgressTable, projections: [String: Projection]) async throws
        -> Dashboard
    {
        let unitName = table.unit?.name ?? table.plan.unitCode
        let bodies = Dictionary(
            try await store.assignments(planID: table.plan.id ?? 0).map {
                ($0.indicatorCode, $0.body.department ?? unitName)
            },
            uniquingKeysWith: { first, _ in first })
        var dashboard = Dashboard(table: table, bodies: bodies)
        dashboard.projections = projections
        return dashboard
    }

    /// One indicator of the dashboard, opened.
    public struct IndicatorDetail: Sendable {
        public var dashboard: Dashboard
        public var item: Dashboard.Item
        /// Its sub-indicators' rows, as the progress table has them.
        public var parts: [ProgressTable.IndicatorRow]
        /// The same period in each of the past years (oldest first), with the approved figure where there is one.
        public var pastYears: [(period: Period, value: Observation.Value?)]
        /// The communes under the plan's unit with their current figure (nil: not reported); empty for a commune.
        public var communes: [(unit: AdminUnit, value: Observation.Value?)]
        /// The reporter's note and giải trình.
        public var state: FigureState?
    }

    static let pastYearCount = 5

    public static func indicator(store: Store, planID: Int64, period: Period, code: String) async throws
        -> IndicatorDetail?
    {
        guard let dashboard = try await dashboard(store: store, planID: planID, period: period),
            let item = dashboard.items.first(where: { $0.row.indicator.code == code })
        else { return nil }
        let unit = dashboard.table.plan.unitCode
        let parts = dashboard.table.indicatorRows.filter { $0.indicator.parentCode == code }
        let years = ((period.year - pastYearCount + 1)...period.year).map { Period(year: $0, kind: period.kind) }
        let approved = try await store.approvedObservations(unitCode: unit, periods: years)
            .filter { $0.indicatorCode == code }
        let pastYears = years.map { year in
            (year, Observation.current(in: approved.filter { $0.period == year })?.value)
        }
        let found = try await store.communeFigures(
            under: unit, at: .endOfYear(period.lastYear), indicatorCodes: [code], periods: [period])
        let byCommune = Dictionary(grouping: found.figures, by: \.unitCode)
        let communes = found.communes.map { commune in
            (commune, Observation.current(in: byCommune[commune.code] ?? [])?.value)
        }
        let state = try await store.figureStates(unitCode: unit, period: period)[code]
        return IndicatorDetail(
            dashboard: dashboard, item: item, parts: parts, pastYears: pastYears, communes: communes, state: state)
    }
}

extension DashboardWorkflow {
    /// The communes of the plan's unit compared on one of its indicators (`code`, or the plan's first with a
    /// number when nil), with the indicators the plan has to choose from; nil when there is no such plan.
    public static func communes(store: Store, planID: Int64, period: Period, code: String?) async throws
        -> (comparison: CommuneComparison?, indicators: [Indicator], plan: PlanDocument)?
    {
        guard let document = try await store.planDocument(id: planID) else { return nil }
        let catalogue = try await store.indicators()
        let indicators = document.targets.compactMap { catalogue[$0.indicatorCode] }
            .filter { $0.kind != .text && $0.kind != .yesNo }
        guard let indicator = code.flatMap({ code in indicators.first { $0.code == code } }) ?? indicators.first else {
            return (nil, indicators, document)
        }
        let found = try await store.communeFigures(
            under: document.plan.unitCode, at: .endOfYear(period.lastYear), indicatorCodes: [indicator.code],
            periods: [period])
        let targets = try await store.targets(
            indicatorCode: indicator.code, term: document.plan.term, unitCodes: found.communes.map(\.code))
        let comparison = CommuneComparison(
            indicator: indicator, plan: document.plan, period: period, communes: found.communes, figures: found.figures,
            targets: targets)
        return (comparison, indicators, document)
    }
}
