/// Tổng hợp theo đơn vị cấp trên: the communes of a district or province under one year's evaluation,
/// "2/2 xã đạt chuẩn", and per criterion and sub-indicator how many met it.
public struct CriteriaSummary: Hashable, Sendable {
    public var parentCode: String
    public var year: Int
    public var evaluations: [UnitCriteriaEvaluation]

    public init(parentCode: String, year: Int, evaluations: [UnitCriteriaEvaluation]) {
        self.parentCode = parentCode
        self.year = year
        self.evaluations = evaluations
    }

    /// The number of units meeting the standard, and of units judged.
    public var standardCount: (met: Int, of: Int) {
        (evaluations.filter { $0.standard == .met }.count, evaluations.count)
    }

    /// "2/2 xã đạt chuẩn".
    public var standardText: String {
        "\(standardCount.met)/\(standardCount.of) xã đạt chuẩn"
    }

    /// How many units met a sub-indicator ("2.1") or a criterion ("19"); nil where no unit's set has it.
    public func count(of subject: String) -> (met: Int, of: Int)? {
        var met = 0
        var of = 0
        for evaluation in evaluations {
            let status =
                evaluation.criterion(subject)?.status
                ?? evaluation.indicators.first { $0.number == subject }?.status
            guard let status else { continue }
            of += 1
            if status.counts { met += 1 }
        }
        return of == 0 ? nil : (met, of)
    }

    /// A document's "x/2 xã" counts that the units' own figures do not give.
    public func discrepancies(with stated: [StatedUnitCount]) -> [CriteriaDiscrepancy] {
        stated.filter { $0.parentCode == parentCode && $0.year == year }.compactMap { claim in
            let computed = claim.subject.map { count(of: $0) } ?? standardCount
            guard let computed, computed.met != claim.met || computed.of != claim.of else { return nil }
            let subject = claim.subject.map { "Chỉ tiêu \($0)" } ?? "Số xã đạt chuẩn"
            return CriteriaDiscrepancy(
                subject: subject, stated: "\(claim.met)/\(claim.of) xã", computed: "\(computed.met)/\(computed.of) xã",
                detail: "Số xã văn bản nêu khác số xã đạt theo số liệu từng xã", source: claim.source)
        }
    }
}
