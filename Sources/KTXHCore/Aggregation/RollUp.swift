import Foundation

/// Tổng hợp số liệu: combines the figures of member units by an indicator's `AggregationRule`.
///
/// Used for a province's progress table computed from its communes and for a 2025 unit answered from its
/// predecessors; pure, so one query fetches every figure and this combines them in memory.
public enum RollUp {
    /// One unit's part in a combination.
    public struct Member: Hashable, Sendable {
        public var unitCode: String
        /// 1 for a whole unit; the area or population share of a divided unit; nil for a divided unit whose
        /// share nobody gave, which makes a sum or a rate not comparable.
        public var weight: Decimal?

        public init(unitCode: String, weight: Decimal? = 1) {
            self.unitCode = unitCode
            self.weight = weight
        }
    }

    /// What the combination gives, and what it could not use.
    public struct Result: Hashable, Sendable {
        public var value: Observation.Value?
        public var rule: AggregationRule
        /// Units whose figure went in.
        public var used: [String]
        /// Units without a figure: chưa báo cáo.
        public var missing: [String]
        /// Units whose figure could not be used: a divided unit without a share, a rate without its
        /// numerator and denominator.
        public var unusable: [String]
        /// For `unitsMeeting`: how many units were judged.
        public var judged: Int

        /// True when every unit's figure went in.
        public var isComplete: Bool { missing.isEmpty && unusable.isEmpty }
    }

    /// Combines `figures` (the current figure of each member, by unit code) by `rule`. `target` is what a
    /// yes/no or criterion figure is judged against for `unitsMeeting`.
    public static func combine(
        _ members: [Member], figures: [String: Observation], rule: AggregationRule, target: TargetExpression? = nil,
        direction: Indicator.Direction = .up, period: Period = .year(2000)
    ) -> Result {
        var result = Result(value: nil, rule: rule, used: [], missing: [], unusable: [], judged: 0)
        var present: [(member: Member, observation: Observation)] = []
        for member in members {
            guard let observation = figures[member.unitCode] else {
                result.missing.append(member.unitCode)
                continue
            }
            present.append((member, observation))
        }
        switch rule {
        case .sum:
            var total: Decimal = 0
            for (member, observation) in present {
                guard let weight = member.weight, let value = observation.value.number else {
                    result.unusable.append(member.unitCode)
                    continue
                }
                total += sumPart(observation.value, value) * weight
                result.used.append(member.unitCode)
            }
            if !result.used.isEmpty { result.value = .number(total) }
        case .ratio:
            var numerator: Decimal = 0
            var denominator: Decimal = 0
            for (member, observation) in present {
                guard let weight = member.weight, case .ratio(let n, let d) = observation.value else {
                    result.unusable.append(member.unitCode)
                    continue
                }
                numerator += n * weight
                denominator += d * weight
                result.used.append(member.unitCode)
            }
            if !result.used.isEmpty { result.value = .ratio(numerator: numerator, denominator: denominator) }
        case .unitsMeeting:
            var met: Decimal = 0
            for (member, observation) in present {
                let achieved = meets(observation.value, target: target, direction: direction, period: period)
                guard let achieved else {
                    result.unusable.append(member.unitCode)
                    continue
                }
                if achieved { met += 1 }
                result.used.append(member.unitCode)
            }
            result.judged = result.used.count
            if !result.used.isEmpty { result.value = .number(met) }
        case .latest:
            let newest = present.max { a, b in
                (a.observation.cutoff?.iso ?? "", a.observation.version)
                    < (b.observation.cutoff?.iso ?? "", b.observation.version)
            }
            if let newest {
                result.value = newest.observation.value
                result.used = [newest.member.unitCode]
            }
        case .none:
            result.unusable = present.map(\.member.unitCode)
        }
        if result.unusable.contains(where: { code in members.contains { $0.unitCode == code && $0.weight == nil } }) {
            // A divided unit without its share: a partial sum would pass for the whole, so no figure at all.
            result.value = nil
        }
        return result
    }

    /// A ratio contributes its numerator to a sum ("households with clean water" summed, not their rates).
    private static func sumPart(_ value: Observation.Value, _ number: Decimal) -> Decimal {
        if case .ratio(let n, _) = value { return n }
        return number
    }

    /// Whether one unit's figure meets the target, by the engine; a bare yes/no without a target counts "Đạt".
    static func meets(
        _ value: Observation.Value, target: TargetExpression?, direction: Indicator.Direction, period: Period
    ) -> Bool? {
        guard let target else {
            if case .yesNo(let b) = value { return b }
            return nil
        }
        let evaluation = Evaluator.evaluate(
            EvaluationInput(target: target, actual: value, period: period, term: period, direction: direction))
        guard let label = evaluation.label, label != .insufficientData, label != .judgeAtYearEnd else { return nil }
        return label.isAchieved
    }
}
