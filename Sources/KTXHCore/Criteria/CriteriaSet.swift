/// Bộ tiêu chí: a versioned set of criteria applied to every unit of a kind (xã nông thôn mới), with the
/// decision that issued it and the days it is in force.
///
/// A set is data, loaded from a file (docs/criteria.md), never code: sets change every five years and each
/// province issues its own thresholds.
public struct CriteriaSet: Hashable, Sendable, Codable, Identifiable {
    /// A stable key for files, URLs and the command line: `bac-kan-2017-2020`.
    public var key: String
    public var name: String
    public var decision: Decision?
    public var validFrom: CalendarDay
    public var validTo: CalendarDay?
    /// The unit whose territory the set covers (a province's own set); nil for a national set.
    public var scopeCode: String?
    public var tier: Tier
    /// Vùng or nhóm xã: the variants a threshold may differ by. Empty when every unit has the same thresholds.
    public var variants: [Variant]
    public var rule: StandardRule
    public var criteria: [Criterion]
    /// Where the set's content comes from and what is still missing, in Vietnamese.
    public var note: String?

    public var id: String { key }

    public init(
        key: String, name: String, decision: Decision? = nil, validFrom: CalendarDay, validTo: CalendarDay? = nil,
        scopeCode: String? = nil, tier: Tier = .standard, variants: [Variant] = [], rule: StandardRule = .allCriteria,
        criteria: [Criterion], note: String? = nil
    ) {
        self.key = key
        self.name = name
        self.decision = decision
        self.validFrom = validFrom
        self.validTo = validTo
        self.scopeCode = scopeCode
        self.tier = tier
        self.variants = variants
        self.rule = rule
        self.criteria = criteria
        self.note = note
    }

    /// Quyết định ban hành: number, day and issuing body.
    public struct Decision: Hashable, Sendable, Codable {
        public var number: String
        public var issuedOn: CalendarDay?
        public var issuer: String?

        public init(number: String, issuedOn: CalendarDay? = nil, issuer: String? = nil) {
            self.number = number
            self.issuedOn = issuedOn
            self.issuer = issuer
        }

        /// "Quyết định 734/QĐ-UBND ngày 29/5/2017".
        public var citation: String {
            "Quyết định \(number)" + (issuedOn.map { " ngày \($0.vietnamese)" } ?? "")
        }
    }

    /// Mức: the New Rural standard, the advanced standard, the model standard.
    public enum Tier: String, Hashable, Sendable, Codable, CaseIterable {
        /// Đạt chuẩn nông thôn mới.
        case standard = "chuan"
        /// Nông thôn mới nâng cao.
        case advanced = "nang-cao"
        /// Nông thôn mới kiểu mẫu.
        case model = "kieu-mau"

        public var vietnameseName: String {
            switch self {
            case .standard: "Nông thôn mới"
            case .advanced: "Nông thôn mới nâng cao"
            case .model: "Nông thôn mới kiểu mẫu"
            }
        }
    }

    /// A region (vùng) or commune group (nhóm xã) with thresholds of its own.
    public struct Variant: Hashable, Sendable, Codable {
        public var key: String
        public var name: String

        public init(key: String, name: String) {
            self.key = key
            self.name = name
        }
    }

    /// When a unit meets the standard.
    public enum StandardRule: Hashable, Sendable, Codable {
        /// Every criterion met: the national sets' rule for a commune.
        case allCriteria
        /// At least this many criteria met.
        case minimumCriteria(Int)
    }
}

extension CriteriaSet {
    /// The number of sub-indicators whose threshold an administrator still has to enter.
    public var missingThresholds: Int {
        criteria.flatMap(\.indicators).filter { !$0.threshold.isComplete(for: variants) }.count
            + criteria.filter(\.indicators.isEmpty).count
    }

    /// True when every criterion has its sub-indicators and every threshold is entered; a set without criteria
    /// (only its decision is known) is not.
    public var isComplete: Bool { !criteria.isEmpty && missingThresholds == 0 }

    /// "Đủ", "3 mục cần bổ sung", "Chưa có tiêu chí": what an administrator still has to enter.
    public var completenessText: String {
        if criteria.isEmpty { return "Chưa có tiêu chí" }
        return missingThresholds == 0 ? "Đủ" : "\(missingThresholds) mục cần bổ sung"
    }

    /// True when the set is in force on `day`.
    public func isInForce(on day: CalendarDay) -> Bool {
        validFrom <= day && (validTo.map { day <= $0 } ?? true)
    }

    /// "2017-2020", "từ 2026".
    public var validityText: String {
        validTo.map { "\(validFrom.vietnamese) – \($0.vietnamese)" } ?? "từ \(validFrom.vietnamese)"
    }
}
