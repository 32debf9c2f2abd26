/// Đánh giá tiêu chí: judges one unit's figures for one year against a criteria set.
///
/// Every threshold is judged by `Evaluator`, the one evaluation engine: a criteria set is targets applied
/// to every unit of a kind. This type only combines the engine's labels: a sub-indicator is met when all its
/// conditions are, a criterion when all its sub-indicators are, the standard by the set's rule.
public enum CriteriaEvaluator {
    /// - Parameters:
    ///   - figures: the figure that counts for each indicator code, for this unit and year.
    ///   - variant: the unit's region or commune group, for thresholds that differ by it.
    public static func evaluate(
        _ set: CriteriaSet, unitCode: String, year: Int, figures: [String: Observation], variant: String? = nil
    ) -> UnitCriteriaEvaluation {
        let criteria = set.criteria.map { criterion in
            let indicators = criterion.indicators.map {
                evaluate($0, year: year, figures: figures, variant: variant)
            }
            let status: CriteriaStatus =
                indicators.isEmpty ? .undetermined : CriteriaStatus.combined(indicators.map(\.status))
            return UnitCriteriaEvaluation.CriterionResult(
                number: criterion.number, name: criterion.name, status: status, indicators: indicators)
        }
        return UnitCriteriaEvaluation(
            setKey: set.key, setName: set.name, unitCode: unitCode, year: year, variant: variant, criteria: criteria,
            standard: standard(set.rule, criteria.map(\.status)))
    }

    static func standard(_ rule: CriteriaSet.StandardRule, _ statuses: [CriteriaStatus]) -> CriteriaStatus {
        switch rule {
        case .allCriteria:
            return CriteriaStatus.combined(statuses) == .notApplicable ? .met : CriteriaStatus.combined(statuses)
        case .minimumCriteria(let minimum):
            let met = statuses.filter(\.counts).count
            if met >= minimum { return .met }
            return met + statuses.filter { $0 == .undetermined }.count >= minimum ? .undetermined : .notMet
        }
    }

    static func evaluate(
        _ item: CriterionIndicator, year: Int, figures: [String: Observation], variant: String?
    ) -> UnitCriteriaEvaluation.IndicatorResult {
        var parts = [
            judge(
                label: nil, threshold: item.threshold, code: item.indicatorCode, direction: item.direction, year: year,
                figures: figures, variant: variant)
        ]
        for condition in item.conditions {
            parts.append(
                judge(
                    label: condition.label, threshold: condition.threshold, code: condition.indicatorCode,
                    direction: item.direction, year: year, figures: figures, variant: variant))
        }
        let status = CriteriaStatus.combined(parts.map(\.status))
        let reasons = parts.map { part in
            let reason = part.evaluation?.reason ?? ""
            return part.label.map { "\($0): \(reason)" } ?? reason
        }
        let discrepancies = parts.compactMap { part -> String? in
            guard let observation = part.observation, let threshold = part.threshold else { return nil }
            return StatedFigureCheck.check(
                observation, against: TargetExpression.parse(threshold), direction: item.direction, year: year)
        }
        return UnitCriteriaEvaluation.IndicatorResult(
            number: item.number, name: item.name, threshold: item.displayThreshold(variant: variant),
            unitOfMeasure: item.unitOfMeasure, parts: parts,
            status: status, reason: reasons.filter { !$0.isEmpty }.joined(separator: "; "),
            discrepancies: discrepancies)
    }

    static func judge(
        label: String?, threshold: Threshold, code: String, direction: Indicator.Direction, year: Int,
        figures: [String: Observation], variant: String?
    ) -> UnitCriteriaEvaluation.PartResult {
        let text = threshold.text(for: variant)
        let observation = figures[code]
        guard let text else {
            return .init(
                label: label, threshold: nil, observation: observation,
                evaluation: Evaluation(label: nil, reason: Threshold.missingText), status: .undetermined)
        }
        guard let observation else {
            return .init(
                label: label, threshold: text, observation: nil,
                evaluation: Evaluation(label: nil, reason: "Chưa có số liệu"), status: .undetermined)
        }
        if observation.value == .notApplicable {
            return .init(
                label: label, threshold: text, observation: observation,
                evaluation: Evaluation(label: nil, reason: "Không áp dụng đối với đơn vị"), status: .notApplicable)
        }
        let evaluation = judge(observation.value, against: TargetExpression.parse(text), direction: direction, year: year)
        return .init(
            label: label, threshold: text, observation: observation, evaluation: evaluation,
            status: status(of: evaluation.label))
    }

    /// One figure against one threshold, by the engine. A document that writes only "Đạt" or "Chưa đạt" against
    /// a figure threshold ("70%") gives its own verdict, which the engine takes as a person's judgement.
    static func judge(
        _ value: Observation.Value, against target: TargetExpression, direction: Indicator.Direction, year: Int
    ) -> Evaluation {
        var manual: EvaluationLabel?
        if case .yesNo(let stated) = value, target.referenceValue != nil { manual = stated ? .met : .notMet }
        var evaluation = Evaluator.evaluate(
            EvaluationInput(
                target: target, actual: value, period: .year(year), term: .year(year), direction: direction,
                manualLabel: manual))
        if manual != nil { evaluation.reason = "Văn bản chỉ ghi «\(manual == .met ? "Đạt" : "Chưa đạt")», không có số liệu" }
        // The engine words a yes/no as "Đạt"/"Không đạt"; against "Không" (no makeshift houses) the figure says
        // whether there are any.
        if case .yesNo(let has) = value, target.kind == .yesNo(false) { evaluation.reason = has ? "Có" : "Không có" }
        return evaluation
    }

    static func status(of label: EvaluationLabel?) -> CriteriaStatus {
        guard let label else { return .undetermined }
        if label.isAchieved { return .met }
        return label.isShortfall ? .notMet : .undetermined
    }
}

extension Observation.Value {
    /// Không áp dụng: the commune has no such thing ("không có" field roads), counted as met by the sets.
    public static let notApplicable = Observation.Value.text("Không áp dụng")
}
