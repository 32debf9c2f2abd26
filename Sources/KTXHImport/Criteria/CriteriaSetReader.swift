import KTXHCore
import KTXHDocuments
import KTXHReading
import Yams

/// Reads and writes criteria-set files (YAML, docs/criteria.md). Every problem is reported with the place in
/// the file ("tiêu chí 2, chỉ tiêu 2.3"), and a file with any problem changes nothing.
public enum CriteriaSetReader {
    public static func read(_ text: String, file: String) throws(ImportErrors) -> CriteriaSet {
        let raw: CriteriaSetFile
        do {
            raw = try YAMLDecoder().decode(CriteriaSetFile.self, from: text)
        } catch {
            throw ImportErrors([ImportError(file: file, reason: "Tệp bộ tiêu chí không đúng định dạng YAML: \(error)")])
        }
        var errors: [ImportError] = []
        func fail(_ place: String, _ value: String?, _ reason: String) {
            errors.append(ImportError(file: file, field: place, value: value, reason: reason))
        }
        if raw.key.isEmpty || raw.key.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-") || !$0.isASCII }) {
            fail("key", raw.key, "Mã bộ tiêu chí chỉ gồm chữ không dấu, số và dấu gạch ngang")
        }
        let validFrom = CalendarDay(raw.validFrom)
        if validFrom == nil { fail("valid_from", raw.validFrom, "Ngày hiệu lực phải có dạng YYYY-MM-DD") }
        let validTo = raw.validTo.flatMap(CalendarDay.init)
        if raw.validTo != nil && validTo == nil { fail("valid_to", raw.validTo, "Ngày hết hiệu lực phải có dạng YYYY-MM-DD") }
        let tier = CriteriaSet.Tier(rawValue: raw.tier ?? "chuan")
        if tier == nil { fail("tier", raw.tier, "Mức phải là chuan, nang-cao hoặc kieu-mau") }
        let rule = Self.rule(raw.rule)
        if rule == nil { fail("rule", raw.rule, "Quy tắc phải là «all» hoặc «min N»") }
        let variants = (raw.variants ?? []).map { CriteriaSet.Variant(key: $0.key, name: $0.name) }
        var criteria: [Criterion] = []
        var numbers = Set<String>()
        for criterion in raw.criteria {
            var indicators: [CriterionIndicator] = []
            for item in criterion.indicators ?? [] {
                let place = "tiêu chí \(criterion.number), chỉ tiêu \(item.number)"
                if !numbers.insert(item.number).inserted { fail(place, item.number, "Số chỉ tiêu bị trùng") }
                let direction = Indicator.Direction(rawValue: item.direction ?? "up")
                if direction == nil { fail(place, item.direction, "Chiều phải là up, down hoặc none") }
                let threshold = Self.threshold(item.threshold, item.thresholds, place, variants, fail)
                let conditions = (item.conditions ?? []).map { condition in
                    CriterionIndicator.Condition(
                        label: condition.label, indicatorCode: condition.indicator,
                        threshold: Self.threshold(
                            condition.threshold, condition.thresholds, "\(place), điều kiện «\(condition.label)»",
                            variants, fail))
                }
                indicators.append(
                    CriterionIndicator(
                        number: item.number, name: item.name, indicatorCode: item.indicator ?? "\(raw.key).\(item.number)",
                        unitOfMeasure: item.unit, direction: direction ?? .up, threshold: threshold, conditions: conditions,
                        written: item.written))
            }
            criteria.append(
                Criterion(number: criterion.number, name: criterion.name, group: criterion.group, indicators: indicators))
        }
        guard errors.isEmpty, let validFrom, let tier, let rule else { throw ImportErrors(errors) }
        let decision = raw.decision.map {
            CriteriaSet.Decision(number: $0.number, issuedOn: $0.date.flatMap(CalendarDay.init), issuer: $0.issuer)
        }
        return CriteriaSet(
            key: raw.key, name: raw.name, decision: decision, validFrom: validFrom, validTo: validTo,
            scopeCode: raw.scope, tier: tier, variants: variants, rule: rule, criteria: criteria, note: raw.note)
    }

    static func rule(_ text: String?) -> CriteriaSet.StandardRule? {
        guard let text, text != "all" else { return .allCriteria }
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0] == "min", let n = Int(parts[1]), n > 0 else { return nil }
        return .minimumCriteria(n)
    }

    /// A threshold must read as a target expression the engine can judge; a composite one ("100% (50% cứng
    /// hóa)") is written as `threshold` plus `conditions`, so that no part of it is left to guesswork.
    static func threshold(
        _ text: String?, _ byVariant: [String: String]?, _ place: String, _ variants: [CriteriaSet.Variant],
        _ fail: (String, String?, String) -> Void
    ) -> Threshold {
        let threshold = Threshold(text, byVariant: byVariant ?? [:])
        for value in [threshold.text].compactMap({ $0 }) + Array(threshold.byVariant.values) {
            if case .text = TargetExpression.parse(value).kind {
                fail(place, value, "Ngưỡng không đọc được; tách phần trong ngoặc thành «conditions»")
            }
        }
        for key in threshold.byVariant.keys where !variants.contains(where: { $0.key == key }) {
            fail(place, key, "Vùng hoặc nhóm xã chưa khai báo trong «variants»")
        }
        return threshold
    }
}
