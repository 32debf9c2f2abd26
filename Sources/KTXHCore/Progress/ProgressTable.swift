/// Biểu tiến độ thực hiện các chỉ tiêu nghị quyết: a plan's targets beside the figures of one period,
/// each judged by the `Evaluator`.
///
/// Pages and documents render this one value, so the table, the narrative and the page cannot disagree.
public struct ProgressTable: Hashable, Sendable {
    public var plan: Plan
    public var unit: AdminUnit?
    public var period: Period
    public var rows: [Row]

    public enum Row: Hashable, Sendable {
        case section(PlanSection)
        case indicator(IndicatorRow)
    }

    public struct IndicatorRow: Hashable, Sendable {
        public var indicator: Indicator
        public var target: Target
        /// 0 for an indicator, 1 for a sub-indicator shown indented under its parent.
        public var depth: Int
        /// The figure that counts for the period (see `Observation.current(in:)`).
        public var current: Observation?
        /// Every version reported for the period, oldest first: actuals, estimates, revisions.
        public var versions: [Observation]
        /// The same period last year.
        public var previous: Observation?
        /// Nil where the row has no target of its own (a "trong đó:" heading).
        public var evaluation: Evaluation?
    }

    public var indicatorRows: [IndicatorRow] {
        rows.compactMap { if case .indicator(let row) = $0 { row } else { nil } }
    }
}

extension ProgressTable {
    /// Builds the table from plain values: the plan's sections and targets, the catalogue, and every
    /// observation of the plan's unit for this period and the same period last year.
    public static func build(
        plan: Plan, unit: AdminUnit?, sections: [PlanSection], targets: [Target], indicators: [String: Indicator],
        observations: [Observation], period: Period
    ) -> ProgressTable {
        let byKey = Dictionary(grouping: observations.filter { $0.unitCode == plan.unitCode }) {
            ObservationKey(indicator: $0.indicatorCode, period: $0.period)
        }
        var items: [(position: Int, row: Row)] = sections.map { ($0.position, .section($0)) }
        for target in targets {
            guard let indicator = indicators[target.indicatorCode] else { continue }
            let versions = (byKey[ObservationKey(indicator: indicator.code, period: period)] ?? [])
                .sorted { $0.version < $1.version }
            let current = Observation.current(in: versions)
            let previous = Observation.current(
                in: byKey[ObservationKey(indicator: indicator.code, period: period.samePeriodLastYear)] ?? [])
            let evaluation: Evaluation? =
                target.text.isEmpty
                ? nil
                : Evaluator.evaluate(
                    EvaluationInput(
                        indicator: indicator, target: target, plan: plan, period: period, actual: current,
                        previous: previous))
            let row = IndicatorRow(
                indicator: indicator, target: target, depth: indicator.parentCode == nil ? 0 : 1, current: current,
                versions: versions, previous: previous, evaluation: evaluation)
            items.append((target.position, .indicator(row)))
        }
        let rows = items.sorted { $0.position < $1.position }.map(\.row)
        return ProgressTable(plan: plan, unit: unit, period: period, rows: rows)
    }

    /// How many judged rows got each label, for a summary line ("12 chỉ tiêu đạt và vượt …").
    public var labelCounts: [EvaluationLabel: Int] {
        indicatorRows.reduce(into: [:]) { counts, row in
            if let label = row.evaluation?.label { counts[label, default: 0] += 1 }
        }
    }
}

private struct ObservationKey: Hashable {
    var indicator: String
    var period: Period
}
