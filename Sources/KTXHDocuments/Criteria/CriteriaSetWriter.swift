import KTXHCore
import Yams

/// Writes a set back in its file format, so that an administrator can download a set, edit it and load it again.
public enum CriteriaSetWriter {
    public static func yaml(_ set: CriteriaSet) throws -> String {
        let file = CriteriaSetFile(
            key: set.key, name: set.name,
            decision: set.decision.map { .init(number: $0.number, date: $0.issuedOn?.iso, issuer: $0.issuer) },
            validFrom: set.validFrom.iso, validTo: set.validTo?.iso, scope: set.scopeCode, tier: set.tier.rawValue,
            rule: rule(set.rule), variants: set.variants.isEmpty ? nil : set.variants.map { .init(key: $0.key, name: $0.name) },
            note: set.note,
            criteria: set.criteria.map { criterion in
                .init(
                    number: criterion.number, name: criterion.name, group: criterion.group,
                    indicators: criterion.indicators.map(indicator))
            })
        // Vietnamese as written, not \u escapes: the file is meant to be edited by hand.
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        return "# Bộ tiêu chí: định dạng tệp mô tả trong docs/criteria.md.\n" + (try encoder.encode(file))
    }

    static func rule(_ rule: CriteriaSet.StandardRule) -> String {
        switch rule {
        case .allCriteria: "all"
        case .minimumCriteria(let n): "min \(n)"
        }
    }

    static func indicator(_ item: CriterionIndicator) -> CriteriaSetFile.IndicatorFile {
        .init(
            number: item.number, name: item.name, indicator: item.indicatorCode, unit: item.unitOfMeasure,
            direction: item.direction == .up ? nil : item.direction.rawValue, threshold: item.threshold.text,
            thresholds: item.threshold.byVariant.isEmpty ? nil : item.threshold.byVariant, written: item.written,
            conditions: item.conditions.isEmpty
                ? nil
                : item.conditions.map {
                    .init(
                        label: $0.label, indicator: $0.indicatorCode, threshold: $0.threshold.text,
                        thresholds: $0.threshold.byVariant.isEmpty ? nil : $0.threshold.byVariant)
                })
    }
}
