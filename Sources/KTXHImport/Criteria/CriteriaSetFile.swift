import KTXHReading

/// A criteria set as its YAML file writes it (docs/criteria.md): snake_case keys, dates as YYYY-MM-DD,
/// thresholds as the documents write them.
struct CriteriaSetFile: Codable {
    var key: String
    var name: String
    var decision: DecisionFile?
    var validFrom: String
    var validTo: String?
    var scope: String?
    var tier: String?
    var rule: String?
    var variants: [VariantFile]?
    var note: String?
    var criteria: [CriterionFile]

    enum CodingKeys: String, CodingKey {
        case key, name, decision, scope, tier, rule, variants, note, criteria
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    struct DecisionFile: Codable {
        var number: String
        var date: String?
        var issuer: String?
    }

    struct VariantFile: Codable {
        var key: String
        var name: String
    }

    struct CriterionFile: Codable {
        var number: String
        var name: String
        var group: String?
        var indicators: [IndicatorFile]?
    }

    struct IndicatorFile: Codable {
        var number: String
        var name: String
        var indicator: String?
        var unit: String?
        var direction: String?
        var threshold: String?
        var thresholds: [String: String]?
        var written: String?
        var conditions: [ConditionFile]?
    }

    struct ConditionFile: Codable {
        var label: String
        var indicator: String
        var threshold: String?
        var thresholds: [String: String]?
    }
}
