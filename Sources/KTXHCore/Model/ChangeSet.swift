/// Everything one import (or the demo) writes: saved in one transaction, all of it or nothing.
public struct ChangeSet: Hashable, Sendable {
    public var units: [AdminUnit]
    public var indicators: [Indicator]
    public var plans: [PlanDocument]
    public var observations: [Observation]
    /// Criteria sets, replacing those with the same key.
    public var criteriaSets: [CriteriaSet]
    public var criteriaRecords: CriteriaRecords

    public init(
        units: [AdminUnit] = [], indicators: [Indicator] = [], plans: [PlanDocument] = [],
        observations: [Observation] = [], criteriaSets: [CriteriaSet] = [], criteriaRecords: CriteriaRecords = .init()
    ) {
        self.units = units
        self.indicators = indicators
        self.plans = plans
        self.observations = observations
        self.criteriaSets = criteriaSets
        self.criteriaRecords = criteriaRecords
    }

    public var isEmpty: Bool {
        units.isEmpty && indicators.isEmpty && plans.isEmpty && observations.isEmpty && criteriaSets.isEmpty
            && criteriaRecords.isEmpty
    }

    public static func + (lhs: ChangeSet, rhs: ChangeSet) -> ChangeSet {
        ChangeSet(
            units: lhs.units + rhs.units, indicators: lhs.indicators + rhs.indicators, plans: lhs.plans + rhs.plans,
            observations: lhs.observations + rhs.observations, criteriaSets: lhs.criteriaSets + rhs.criteriaSets,
            criteriaRecords: lhs.criteriaRecords + rhs.criteriaRecords)
    }
}

extension Observation {
    /// True when `other` says the same thing: same figure, kind, cut-off and period for the same unit.
    /// Importing a file twice must not add a second, identical version.
    public func repeats(_ other: Observation) -> Bool {
        indicatorCode == other.indicatorCode && unitCode == other.unitCode && period == other.period
            && kind == other.kind && value == other.value && cutoff == other.cutoff
    }
}
