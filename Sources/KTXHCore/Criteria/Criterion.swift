/// Tiêu chí: one criterion of a set ("2. Giao thông"), met when all its sub-indicators are met.
public struct Criterion: Hashable, Sendable, Codable {
    /// "1" … "19" as the set numbers it.
    public var number: String
    public var name: String
    /// Nhóm tiêu chí ("Hạ tầng kinh tế - xã hội").
    public var group: String?
    public var indicators: [CriterionIndicator]

    public init(number: String, name: String, group: String? = nil, indicators: [CriterionIndicator]) {
        self.number = number
        self.name = name
        self.group = group
        self.indicators = indicators
    }
}

/// Chỉ tiêu của tiêu chí: a sub-indicator with its threshold ("2.2 Đường trục thôn … ≥ 50%").
///
/// Its figure is an `Observation` of `indicatorCode` for the unit and the year, so the same measure can be
/// judged under two sets (2011 under the 2009 set, 2020 under the 2017-2020 set).
public struct CriterionIndicator: Hashable, Sendable, Codable {
    /// "2.2"; for a criterion with one sub-indicator, the criterion's own number.
    public var number: String
    public var name: String
    public var indicatorCode: String
    public var unitOfMeasure: String?
    public var direction: Indicator.Direction
    public var threshold: Threshold
    /// Further conditions on other figures, all of which must hold: "100% (50% cứng hóa)" is 100% of lanes
    /// clean and at least 50% hardened.
    public var conditions: [Condition]
    /// The threshold as the document writes it, when it is more than the main threshold ("100% (50% cứng hóa)").
    public var written: String?

    public init(
        number: String, name: String, indicatorCode: String, unitOfMeasure: String? = nil, direction: Indicator.Direction = .up,
        threshold: Threshold, conditions: [Condition] = [], written: String? = nil
    ) {
        self.number = number
        self.name = name
        self.indicatorCode = indicatorCode
        self.unitOfMeasure = unitOfMeasure
        self.direction = direction
        self.threshold = threshold
        self.conditions = conditions
        self.written = written
    }

    /// A further condition of a sub-indicator, on a figure of its own.
    public struct Condition: Hashable, Sendable, Codable {
        /// What the figure is ("cứng hóa", "nước sạch").
        public var label: String
        public var indicatorCode: String
        public var threshold: Threshold

        public init(label: String, indicatorCode: String, threshold: Threshold) {
            self.label = label
            self.indicatorCode = indicatorCode
            self.threshold = threshold
        }
    }

    /// Every indicator code the sub-indicator needs a figure for.
    public var indicatorCodes: [String] { [indicatorCode] + conditions.map(\.indicatorCode) }

    /// The threshold to show for a unit of `variant`.
    public func displayThreshold(variant: String?) -> String {
        if let written { return written }
        return threshold.text(for: variant) ?? Threshold.missingText
    }
}

/// Ngưỡng: a sub-indicator's threshold, written as a target expression ("≥ 50%", "Đạt", "36 triệu"), the same
/// for every unit or different by region or commune group. A threshold nobody has entered yet is missing,
/// never guessed.
public struct Threshold: Hashable, Sendable, Codable {
    /// The threshold for every unit, unless `byVariant` has the unit's own.
    public var text: String?
    public var byVariant: [String: String]

    public init(_ text: String?, byVariant: [String: String] = [:]) {
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        self.text = trimmed?.isEmpty == false ? trimmed : nil
        self.byVariant = byVariant
    }

    /// Shown where an administrator still has to enter the threshold.
    public static let missingText = "Chưa có ngưỡng (cần bổ sung)"

    public func text(for variant: String?) -> String? {
        variant.flatMap { byVariant[$0] } ?? text
    }

    public func expression(for variant: String?) -> TargetExpression? {
        text(for: variant).map { TargetExpression.parse($0) }
    }

    /// True when every variant has a threshold (or the set has none and a common threshold exists).
    public func isComplete(for variants: [CriteriaSet.Variant]) -> Bool {
        if text != nil { return true }
        return !variants.isEmpty && variants.allSatisfy { byVariant[$0.key] != nil }
    }
}
