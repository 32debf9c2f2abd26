/// Kết quả do văn bản nêu: what a document says a unit met ("xã Nông Thượng đạt 4/19 tiêu chí" and the
/// criteria it marks), kept beside the evaluation so that the two can be compared, never merged.
public struct StatedCriteriaResult: Hashable, Sendable, Codable {
    public var unitCode: String
    public var year: Int
    /// The document and the place in it: "Báo cáo 228/BC-UBND, mục I.1.3".
    public var source: String
    /// The numbers of the criteria the document marks met; nil when it gives only a count.
    public var metCriteria: [String]?
    public var metCount: Int?
    public var total: Int?

    public init(
        unitCode: String, year: Int, source: String, metCriteria: [String]? = nil, metCount: Int? = nil,
        total: Int? = nil
    ) {
        self.unitCode = unitCode
        self.year = year
        self.source = source
        self.metCriteria = metCriteria
        self.metCount = metCount
        self.total = total
    }

    /// "4/19".
    public var countText: String? {
        metCount.map { count in total.map { "\(count)/\($0)" } ?? "\(count)" }
    }
}

/// "2/2 xã": a document's count of the units under a higher unit that met one sub-indicator, criterion or
/// the standard, as seed 003's "Kết quả" columns give it.
public struct StatedUnitCount: Hashable, Sendable, Codable {
    public var parentCode: String
    public var year: Int
    /// A sub-indicator's number ("2.1"), a criterion's ("19"), or nil for the standard itself.
    public var subject: String?
    public var met: Int
    public var of: Int
    public var source: String

    public init(parentCode: String, year: Int, subject: String?, met: Int, of: Int, source: String) {
        self.parentCode = parentCode
        self.year = year
        self.subject = subject
        self.met = met
        self.of = of
        self.source = source
    }
}
