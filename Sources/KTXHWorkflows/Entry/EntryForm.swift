import Foundation
import KTXHCore
import KTXHStorage

/// Phiếu nhập số liệu: everything one body's form for one reporting period is about, loaded once: the
/// period, its plan, the body, the indicators the body reports, and the figures of this period and last year's.
public struct EntryForm: Sendable {
    public var reporting: ReportingPeriod
    public var plan: Plan
    public var body: ReportingBody
    public var bodyName: String
    public var items: [Item]

    /// One indicator of the body's form.
    public struct Item: Sendable {
        public var indicator: Indicator
        public var target: Target
        public var key: FigureKey
        public var state: FigureState?
        public var versions: [Observation]
        public var lastYear: Observation?

        public var current: Observation? { Observation.current(in: versions) }
    }

    /// The form of the body `slug` names in reporting period `periodID`; nil when either does not exist.
    public static func load(store: Store, periodID: Int64, slug: String) async throws -> EntryForm? {
        guard let reporting = try await store.reportingPeriods(id: periodID).first,
            let document = try await store.planDocument(id: reporting.planID)
        else { return nil }
        let assignments = try await store.assignments(planID: reporting.planID)
        guard let body = Self.body(slug, unit: document.plan.unitCode, among: assignments.map(\.body)) else { return nil }
        let catalogue = try await store.indicators()
        let period = reporting.period
        let unit = document.plan.unitCode
        let states = try await store.figureStates(unitCode: unit, period: period)
        let all = try await store.observations(unitCode: unit, periods: [period])
        let lastYear = try await store.approvedObservations(unitCode: unit, periods: [period.samePeriodLastYear])
        let mine = Set(assignments.filter { body.covers($0.body) }.map(\.indicatorCode))
        let items = document.targets.filter { mine.contains($0.indicatorCode) }.compactMap { target -> Item? in
            guard let indicator = catalogue[target.indicatorCode] else { return nil }
            let key = FigureKey(indicatorCode: indicator.code, unitCode: unit, period: period)
            return Item(
                indicator: indicator, target: target, key: key, state: states[indicator.code],
                versions: all.filter { $0.indicatorCode == indicator.code },
                lastYear: Observation.current(in: lastYear.filter { $0.indicatorCode == indicator.code }))
        }
        let unitName = try await store.unit(code: unit)?.name ?? unit
        return EntryForm(
            reporting: reporting, plan: document.plan, body: body,
            bodyName: body.department.map { "\($0) · \(unitName)" } ?? unitName, items: items)
    }

    /// The body a URL names: a department among the plan's assigned ones, or the unit itself.
    public static func body(_ slug: String, unit: String, among bodies: [ReportingBody]) -> ReportingBody? {
        if slug == ReportingBody.wholeUnitSlug { return ReportingBody(unitCode: unit) }
        return bodies.first { $0.slug == slug && $0.department != nil }
    }

    /// Judges `value` as the figure of `item` with the one engine.
    public func evaluate(_ item: Item, value: Observation.Value?) -> Evaluation? {
        guard !item.target.text.isEmpty else { return nil }
        let actual = value.map {
            Observation(indicatorCode: item.key.indicatorCode, unitCode: item.key.unitCode, period: item.key.period, value: $0)
        }
        return Evaluator.evaluate(
            EvaluationInput(
                indicator: item.indicator, target: item.target, plan: plan, period: reporting.period, actual: actual,
                previous: item.lastYear))
    }

    public func item(_ code: String) -> Item? { items.first { $0.indicator.code == code } }
}
