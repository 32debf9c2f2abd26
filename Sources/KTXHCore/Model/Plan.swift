/// Kế hoạch: the resolution or decision that sets a year's (or a term's) targets for a unit.
public struct Plan: Hashable, Sendable, Codable, Identifiable {
    /// Database id; nil before the plan is saved.
    public var id: Int64?
    /// A stable key for files and URLs, e.g. `058-2024`.
    public var key: String
    public var title: String
    /// Số văn bản, e.g. `45/NQ-HĐND`; nil while the seed leaves it blank.
    public var number: String?
    public var issuedOn: CalendarDay?
    public var issuer: Issuer
    /// The body's name as the document writes it ("Hội đồng nhân dân thành phố Bắc Kạn").
    public var issuerName: String
    /// GSO code of the administrative unit the plan is for.
    public var unitCode: String
    /// The year or the multi-year term the targets are for.
    public var term: Period

    public init(
        id: Int64? = nil, key: String, title: String, number: String? = nil, issuedOn: CalendarDay? = nil,
        issuer: Issuer, issuerName: String, unitCode: String, term: Period
    ) {
        self.id = id
        self.key = key
        self.title = title
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.issuerName = issuerName
        self.unitCode = unitCode
        self.term = term
    }

    /// Cơ quan ban hành.
    public enum Issuer: String, Hashable, Sendable, Codable, CaseIterable {
        /// Hội đồng nhân dân: the council's own resolution (chỉ tiêu HĐND giao).
        case council = "hdnd"
        /// Ủy ban nhân dân.
        case committee = "ubnd"
        /// Đảng ủy / Thành ủy / Tỉnh ủy.
        case partyCommittee = "dang-uy"
        /// The level above (chỉ tiêu tỉnh giao).
        case levelAbove = "cap-tren"

        public var vietnameseName: String {
            switch self {
            case .council: "HĐND"
            case .committee: "UBND"
            case .partyCommittee: "Đảng ủy"
            case .levelAbove: "Cấp trên giao"
            }
        }
    }
}
