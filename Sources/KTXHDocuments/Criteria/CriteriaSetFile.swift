/// A criteria set as its YAML file writes it (docs/criteria.md): snake_case keys, dates as YYYY-MM-DD,
/// thresholds as the documents write them.
package struct CriteriaSetFile: Codable {
    package var key: String
    package var name: String
    package var decision: DecisionFile?
    package var validFrom: String
    package var validTo: String?
    package var scope: String?
    package var tier: String?
    package var rule: String?
    package var variants: [VariantFile]?
    package var note: String?
    package var criteria: [CriterionFile]

    package enum CodingKeys: String, CodingKey {
        case key, name, decision, scope, tier, rule, variants, note, criteria
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    package struct DecisionFile: Codable {
        package var number: String
        package var date: String?
        package var issuer: String?
    }

    package struct VariantFile: Codable {
        package var key: String
        package var name: String
    }

    package struct CriterionFile: Codable {
        package var number: String
        package var name: String
        package var group: String?
        package var indicators: [IndicatorFile]?
    }

    package struct IndicatorFile: Codable {
        package var number: String
        package var name: String
        package var indicator: String?
        package var unit: String?
        package var direction: String?
        package var threshold: String?
        package var thresholds: [String: String]?
        package var written: String?
        package var conditions: [ConditionFile]?
    }

    package struct ConditionFile: Codable {
        package var label: String
        package var indicator: String
        package var threshold: String?
        package var thresholds: [String: String]?
    }
}
