/// Kết quả đánh giá tiêu chí của một đơn vị: one unit's result for one year under one criteria set.
public struct UnitCriteriaEvaluation: Hashable, Sendable {
    public var setKey: String
    public var setName: String
    public var unitCode: String
    public var year: Int
    /// The region or commune group whose thresholds applied.
    public var variant: String?
    public var criteria: [CriterionResult]
    public var standard: CriteriaStatus

    /// The "n" of "n/19".
    public var metCount: Int { criteria.filter { $0.status.counts }.count }
    public var total: Int { criteria.count }
    /// "4/19".
    public var countText: String { "\(metCount)/\(total)" }

    public struct CriterionResult: Hashable, Sendable {
        public var number: String
        public var name: String
        public var status: CriteriaStatus
        public var indicators: [IndicatorResult]
    }

    public struct IndicatorResult: Hashable, Sendable {
        public var number: String
        public var name: String
        public var threshold: String
        public var unitOfMeasure: String?
        /// The main figure and each further condition's figure, with its judgement.
        public var parts: [PartResult]
        public var status: CriteriaStatus
        /// Why, in Vietnamese: the engine's reasons, a missing threshold, a document's own verdict.
        public var reason: String
        /// Where the figure disagrees with itself ("70% (2/3 trường)": 2/3 is 66,67%).
        public var discrepancies: [String]

        public var value: Observation? { parts.first?.observation }

        /// The figures as a document writes them, "%" included: "70,93%", "cứng hóa: 63,54%".
        public var valueText: String? {
            let texts = parts.compactMap { part -> String? in
                guard let observation = part.observation else { return nil }
                var text = observation.value.vietnamese
                // Against "Không" (no makeshift houses) a yes is "Có", not "Đạt".
                if case .yesNo(let has) = observation.value, TargetExpression.parse(threshold).kind == .yesNo(false) {
                    text = has ? "Có" : "Không"
                }
                if case .number = observation.value, unitOfMeasure == "%" || part.label != nil { text += "%" }
                return part.label.map { "\($0): \(text)" } ?? text
            }
            return texts.isEmpty ? nil : texts.joined(separator: "; ")
        }
    }

    public struct PartResult: Hashable, Sendable {
        /// Nil for the main figure, "cứng hóa" for a further condition.
        public var label: String?
        public var threshold: String?
        public var observation: Observation?
        public var evaluation: Evaluation?
        public var status: CriteriaStatus
    }
}

extension UnitCriteriaEvaluation {
    /// The result of criterion `number`, if the set has it.
    public func criterion(_ number: String) -> CriterionResult? {
        criteria.first { $0.number == number }
    }

    /// Every sub-indicator result, in the set's order.
    public var indicators: [IndicatorResult] { criteria.flatMap(\.indicators) }
}
