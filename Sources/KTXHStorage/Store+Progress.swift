import KTXHCore

extension Store {
    /// The progress table of a plan for a period: three queries, then the core builds and judges it.
    public func progressTable(planID: Int64, period: Period) async throws -> ProgressTable? {
        guard let document = try await planDocument(id: planID) else { return nil }
        let plan = document.plan
        async let catalogue = indicators()
        async let unit = unit(code: plan.unitCode)
        let observations = try await approvedObservations(
            unitCode: plan.unitCode, periods: [period, period.samePeriodLastYear])
        return ProgressTable.build(
            plan: plan, unit: try await unit, sections: document.sections, targets: document.targets,
            indicators: try await catalogue, observations: observations, period: period)
    }
}
