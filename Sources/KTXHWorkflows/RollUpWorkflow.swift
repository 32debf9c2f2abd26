import KTXHCore
import KTXHStorage

/// A province's (or district's) progress table computed from its communes' figures.
public enum RollUpWorkflow {
    public struct Table: Hashable, Sendable {
        public var table: ProgressTable
        public var communes: [AdminUnit]
        /// Indicator code → names of the communes that have not reported it.
        public var missing: [String: [String]]
    }

    /// Builds the plan's table for `period` from the figures of the communes under the plan's unit, combined
    /// by each indicator's aggregation rule: one query for the communes and their figures, whatever their number,
    /// unless `cache` still holds the same table.
    public static func progressTable(store: Store, cache: RollUpCache, planID: Int64, period: Period) async throws
        -> Table?
    {
        guard let document = try await store.planDocument(id: planID) else { return nil }
        let plan = document.plan
        let day = CalendarDay.endOfYear(period.lastYear)
        let catalogue = try await store.indicators()
        let indicators = document.targets.compactMap { catalogue[$0.indicatorCode] }
        let periods = [period, period.samePeriodLastYear]
        let found = try await cache.rolledUp(
            store: store, parentCode: plan.unitCode, day: day, indicators: indicators, periods: periods, mainPeriod: period)
        let members = found.communes
        let rolled = found.figures
        let table = ProgressTable.build(
            plan: plan, unit: try await store.unit(code: plan.unitCode), sections: document.sections,
            targets: document.targets, indicators: catalogue, observations: rolled.observations, period: period)
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.code, $0.name) })
        return Table(
            table: table, communes: members,
            missing: rolled.missing.mapValues { $0.map { names[$0] ?? $0 } })
    }
}
