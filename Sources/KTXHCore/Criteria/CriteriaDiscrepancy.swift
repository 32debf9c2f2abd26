/// Chênh lệch: where what a document states and what its own figures give disagree.
public struct CriteriaDiscrepancy: Hashable, Sendable, Codable {
    /// "Tiêu chí 8 (Bưu điện)", "Tổng số tiêu chí đạt", "Chỉ tiêu 11".
    public var subject: String
    public var stated: String
    public var computed: String
    /// Why they disagree, in Vietnamese.
    public var detail: String
    public var source: String

    public init(subject: String, stated: String, computed: String, detail: String, source: String) {
        self.subject = subject
        self.stated = stated
        self.computed = computed
        self.detail = detail
        self.source = source
    }
}

extension UnitCriteriaEvaluation {
    /// Compares a document's stated result with this evaluation, criterion by criterion and in total.
    public func discrepancies(with stated: StatedCriteriaResult) -> [CriteriaDiscrepancy] {
        var found: [CriteriaDiscrepancy] = []
        if let marked = stated.metCriteria {
            for criterion in criteria {
                let statedMet = marked.contains(criterion.number)
                let subject = "Tiêu chí \(criterion.number) (\(criterion.name))"
                switch (statedMet, criterion.status) {
                case (true, .notMet):
                    let short = criterion.indicators.filter { $0.status == .notMet }.map(\.number)
                    found.append(
                        CriteriaDiscrepancy(
                            subject: subject, stated: "Đạt", computed: "Chưa đạt",
                            detail: "Văn bản đánh dấu đạt, nhưng chỉ tiêu \(short.joined(separator: ", ")) chưa đạt",
                            source: stated.source))
                case (false, .met), (false, .notApplicable):
                    found.append(
                        CriteriaDiscrepancy(
                            subject: subject, stated: "Chưa đạt", computed: "Đạt",
                            detail: "Văn bản không đánh dấu đạt, nhưng mọi chỉ tiêu của tiêu chí đều đạt",
                            source: stated.source))
                case (true, .undetermined):
                    found.append(
                        CriteriaDiscrepancy(
                            subject: subject, stated: "Đạt", computed: "Chưa đánh giá được",
                            detail: "Văn bản đánh dấu đạt, nhưng không đủ số liệu hoặc ngưỡng để kiểm chứng",
                            source: stated.source))
                default:
                    break
                }
            }
        }
        if let count = stated.metCount, count != metCount || (stated.total.map { $0 != total } ?? false) {
            found.append(
                CriteriaDiscrepancy(
                    subject: "Tổng số tiêu chí đạt", stated: stated.countText ?? "\(count)", computed: countText,
                    detail: "Số tiêu chí văn bản nêu khác số tiêu chí đạt theo các chỉ tiêu", source: stated.source))
        }
        return found
    }
}
