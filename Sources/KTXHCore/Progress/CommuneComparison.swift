/// So sánh các xã, phường: one indicator across the communes of a province (or any unit with members) in a period:
/// each commune's figure judged by the engine against the target its own plan set, ranked best first, with those
/// that have not reported and the whole unit's figure combined by the indicator's rule.
public struct CommuneComparison: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var unit: AdminUnit
        public var current: Observation?
        /// The commune's own target for the indicator, when its plan sets one.
        public var target: Target?
        public var evaluation: Evaluation?
        /// 1 for the best figure; nil for a commune without one.
        public var rank: Int?
    }

    public var indicator: Indicator
    public var period: Period
    /// Reported communes best first (highest, or lowest where lower is better), then those without a figure.
    public var lines: [Line]
    /// The whole unit's figure from its communes' (RollUp), nil where the rule gives none.
    public var combined: Observation.Value?

    public var notReported: [AdminUnit] { lines.filter { $0.current == nil }.map(\.unit) }

    public var counts: [EvaluationLabel: Int] {
        lines.reduce(into: [:]) { counts, line in
            if let label = line.evaluation?.label { counts[label, default: 0] += 1 }
        }
    }

    /// - Parameters:
    ///   - plan: the higher unit's plan; its term is the communes' plans' term.
    ///   - figures: every version of the communes' figures for the indicator and period.
    ///   - targets: each commune's own target, by unit code.
    public init(
        indicator: Indicator, plan: Plan, period: Period, communes: [AdminUnit], figures: [Observation],
        targets: [String: Target]
    ) {
        self.indicator = indicator
        self.period = period
        let byUnit = Dictionary(grouping: figures.filter { $0.indicatorCode == indicator.code && $0.period == period }) {
            $0.unitCode
        }
        var lines = communes.map { unit -> Line in
            let current = Observation.current(in: byUnit[unit.code] ?? [])
            let target = targets[unit.code]
            let evaluation = target.flatMap { target in
                target.text.isEmpty
                    ? nil
                    : Evaluator.evaluate(
                        EvaluationInput(
                            indicator: indicator, target: target, plan: plan, period: period, actual: current,
                            previous: nil))
            }
            return Line(unit: unit, current: current, target: target, evaluation: evaluation, rank: nil)
        }
        let lowerIsBetter = indicator.direction == .down
        let ranked = lines.filter { $0.current?.value.number != nil }.sorted { a, b in
            let (x, y) = (a.current?.value.number ?? 0, b.current?.value.number ?? 0)
            return x == y ? a.unit.code < b.unit.code : (lowerIsBetter ? x < y : x > y)
        }
        let others = lines.filter { $0.current?.value.number == nil }
        lines =
            ranked.enumerated().map { index, line in
                var line = line
                line.rank = index + 1
                return line
            } + others
        self.lines = lines
        let current = Dictionary(
            uniqueKeysWithValues: lines.compactMap { line in line.current.map { (line.unit.code, $0) } })
        combined =
            RollUp.combine(
                communes.map { RollUp.Member(unitCode: $0.code) }, figures: current, rule: indicator.aggregation,
                direction: indicator.direction, period: period
            ).value
    }
}
