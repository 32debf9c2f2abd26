extension CriteriaSet {
    /// The catalogue indicators the set's figures are recorded under, one per sub-indicator and condition, so
    /// that loading a set makes its figures recordable.
    public var catalogueIndicators: [Indicator] {
        var seen = Set<String>()
        var result: [Indicator] = []
        for criterion in criteria {
            for item in criterion.indicators {
                let parts =
                    [(item.indicatorCode, item.name, item.threshold, item.unitOfMeasure)]
                    + item.conditions.map { ($0.indicatorCode, "\(item.name): \($0.label)", $0.threshold, "%") }
                for (code, name, threshold, unit) in parts where seen.insert(code).inserted {
                    let kind: Indicator.Kind
                    switch threshold.expression(for: nil)?.kind {
                    case .yesNo: kind = .yesNo
                    default: kind = unit == "%" ? .rate : .quantity
                    }
                    result.append(
                        Indicator(
                            code: code, name: name, unitOfMeasure: unit ?? "", section: "NTM.\(criterion.number)",
                            kind: kind, direction: item.direction, aggregation: kind == .quantity ? AggregationRule.none : nil))
                }
            }
        }
        return result
    }
}
