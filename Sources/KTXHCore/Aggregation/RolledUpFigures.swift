/// A higher unit's figures computed from its members' (a province from its communes), ready for
/// `ProgressTable.build`, with which members have not reported each indicator.
public struct RolledUpFigures: Hashable, Sendable {
    public var observations: [Observation]
    /// Indicator code → the member units without a figure for the main period (chưa báo cáo).
    public var missing: [String: [String]]
    /// Indicator code → the member units whose figure could not be used.
    public var unusable: [String: [String]]

    /// Combines every member's current figure of each indicator and period by the indicator's rule.
    ///
    /// - Parameters:
    ///   - observations: every version of every member's figures for `periods`, from one query.
    ///   - targets: what a yes/no figure is judged against when units meeting it are counted.
    public static func compute(
        parentCode: String, members: [RollUp.Member], indicators: [Indicator], observations: [Observation],
        periods: [Period], mainPeriod: Period, targets: [String: TargetExpression] = [:]
    ) -> RolledUpFigures {
        var grouped: [Key: [String: [Observation]]] = [:]
        for observation in observations {
            grouped[Key(indicator: observation.indicatorCode, period: observation.period), default: [:]][
                observation.unitCode, default: []
            ].append(observation)
        }
        var figures = RolledUpFigures(observations: [], missing: [:], unusable: [:])
        for indicator in indicators {
            for period in periods {
                let byUnit = grouped[Key(indicator: indicator.code, period: period)] ?? [:]
                let current = byUnit.compactMapValues { Observation.current(in: $0) }
                let result = RollUp.combine(
                    members, figures: current, rule: indicator.aggregation, target: targets[indicator.code],
                    direction: indicator.direction, period: period)
                if period == mainPeriod {
                    if !result.missing.isEmpty { figures.missing[indicator.code] = result.missing }
                    if !result.unusable.isEmpty { figures.unusable[indicator.code] = result.unusable }
                }
                guard let value = result.value else { continue }
                figures.observations.append(
                    Observation(
                        indicatorCode: indicator.code, unitCode: parentCode, period: period, value: value,
                        source: "Tổng hợp từ \(result.used.count)/\(members.count) đơn vị (\(result.rule.vietnameseName))"
                    ))
            }
        }
        return figures
    }

    private struct Key: Hashable {
        var indicator: String
        var period: Period
    }
}
