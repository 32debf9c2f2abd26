import Foundation
import KTXHCore
import KTXHStorage
import Vapor

/// Everything a data-entry request is about, loaded once: the reporting period, its plan, the body, the
/// indicators the body reports, and the figures of this period and last year's.
struct EntryContext: Sendable {
    var reporting: ReportingPeriod
    var plan: Plan
    var body: ReportingBody
    var bodyName: String
    var items: [Item]

    /// One indicator of the body's form.
    struct Item: Sendable {
        var indicator: Indicator
        var target: Target
        var key: FigureKey
        var state: FigureState?
        var versions: [Observation]
        var lastYear: Observation?

        var current: Observation? { Observation.current(in: versions) }
    }

    /// Loads the context named by the request's `:periodID` and `:body`: 404 when either does not exist,
    /// 403 when the account may not do `permission` for the body.
    static func load(_ req: Request, store: Store, permission: Permission) async throws -> EntryContext {
        let id = Int64(req.parameter(.periodID)) ?? 0
        let slug = req.parameter(.body)
        guard let (reporting, document, body, assignments) = try await locate(store: store, periodID: id, slug: slug)
        else { throw Abort(.notFound, reason: "Không tìm thấy kỳ báo cáo hoặc đơn vị báo cáo «\(slug)».") }
        try req.authorize(permission, for: body)
        return try await load(store: store, reporting: reporting, document: document, body: body, assignments: assignments)
    }

    /// The context of a board cell, nil when the period or the body does not exist.
    static func load(store: Store, periodID: Int64, slug: String) async throws -> EntryContext? {
        guard let (reporting, document, body, assignments) = try await locate(store: store, periodID: periodID, slug: slug)
        else { return nil }
        return try await load(store: store, reporting: reporting, document: document, body: body, assignments: assignments)
    }

    private static func locate(store: Store, periodID: Int64, slug: String) async throws -> (
        ReportingPeriod, PlanDocument, ReportingBody, [Assignment]
    )? {
        guard let reporting = try await store.reportingPeriods(id: periodID).first,
            let document = try await store.planDocument(id: reporting.planID)
        else { return nil }
        let assignments = try await store.assignments(planID: reporting.planID)
        guard let body = Self.body(slug, unit: document.plan.unitCode, among: assignments.map(\.body)) else { return nil }
        return (reporting, document, body, assignments)
    }

    private static func load(
        store: Store, reporting: ReportingPeriod, document: PlanDocument, body: ReportingBody, assignments: [Assignment]
    ) async throws -> EntryContext {
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
        return EntryContext(
            reporting: reporting, plan: document.plan, body: body,
            bodyName: body.department.map { "\($0) · \(unitName)" } ?? unitName, items: items)
    }

    /// The body a URL names: a department among the plan's assigned ones, or the unit itself.
    static func body(_ slug: String, unit: String, among bodies: [ReportingBody]) -> ReportingBody? {
        if slug == ReportingBody.wholeUnitSlug { return ReportingBody(unitCode: unit) }
        return bodies.first { $0.slug == slug && $0.department != nil }
    }

    /// Judges `value` as the figure of `item` with the one engine.
    func evaluate(_ item: Item, value: Observation.Value?) -> Evaluation? {
        guard !item.target.text.isEmpty else { return nil }
        let actual = value.map {
            Observation(indicatorCode: item.key.indicatorCode, unitCode: item.key.unitCode, period: item.key.period, value: $0)
        }
        return Evaluator.evaluate(
            EvaluationInput(
                indicator: item.indicator, target: item.target, plan: plan, period: reporting.period, actual: actual,
                previous: item.lastYear))
    }

    var route: SiteRoute { .entry(periodID: reporting.id, body: body.slug) }
}
