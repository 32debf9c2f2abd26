/// Quyết định công nhận: the decision recognising a unit as meeting a standard (số quyết định, ngày, cấp ban hành).
public struct Recognition: Hashable, Sendable, Codable {
    public var unitCode: String
    public var tier: CriteriaSet.Tier
    /// Năm công nhận: the year the result counts for, which can precede the decision's date
    /// (Dương Quang: 2019, decision of 17/01/2020).
    public var year: Int
    public var number: String
    public var issuedOn: CalendarDay?
    /// Cấp ban hành: "UBND tỉnh Bắc Kạn".
    public var issuer: String

    public init(
        unitCode: String, tier: CriteriaSet.Tier = .standard, year: Int, number: String, issuedOn: CalendarDay?,
        issuer: String
    ) {
        self.unitCode = unitCode
        self.tier = tier
        self.year = year
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
    }

    /// "Quyết định số 2319/QĐ-UBND ngày 29/12/2017 của UBND tỉnh Bắc Kạn".
    public var citation: String {
        "Quyết định số \(number)" + (issuedOn.map { " ngày \($0.vietnamese)" } ?? "") + " của \(issuer)"
    }
}
