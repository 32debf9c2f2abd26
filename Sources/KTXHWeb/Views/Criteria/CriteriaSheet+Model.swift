import KTXHCore
import KTXHWorkflows

/// "Phiếu đánh giá xã": every sub-indicator of the set with the commune's figure, the threshold and the verdict.
struct CriteriaSheetPage {
    struct Row: Hashable {
        var criterion: String
        var criterionName: String
        var criterionStatus: CriteriaStatus
        /// True on a criterion's first row, where its number, name and verdict are shown.
        var opensCriterion: Bool
        var number: String
        var name: String
        var value: String
        var written: String
        var threshold: String
        var status: CriteriaStatus
        var reason: String
        /// The figure contradicts itself ("Ghi 70% nhưng 2/3 = 66,67%").
        var warnings: [String]
    }

    var heading: String
    var setName: String
    var count: String
    var standard: CriteriaStatus
    var recognitions: [String]
    var rows: [Row]
    var discrepancies: [CriteriaDiscrepancy]
    var matrixLink: String?
}

extension CriteriaSheetPage {
    init(report: UnitCriteriaReport) {
        heading = "\(report.unit?.name ?? report.unitCode): kết quả Bộ tiêu chí năm \(report.year)"
        setName = "\(report.set.name) (\(report.set.decision?.citation ?? report.set.key))"
        count = report.evaluation.countText
        standard = report.evaluation.standard
        recognitions = report.recognitions.map { "Năm \($0.year): \($0.citation)" }
        rows = report.evaluation.criteria.flatMap { criterion in
            criterion.indicators.enumerated().map { offset, item in
                Row(
                    criterion: criterion.number, criterionName: criterion.name, criterionStatus: criterion.status,
                    opensCriterion: offset == 0,
                    number: item.number, name: item.name,
                    value: item.valueText ?? "—",
                    written: item.value?.source.flatMap { $0 == item.valueText ? nil : $0 } ?? "", threshold: item.threshold,
                    status: item.status, reason: item.reason,
                    warnings: item.discrepancies)
            }
        }
        discrepancies = report.discrepancies
        matrixLink = report.unit?.parentCode.map { SiteRoute.criteriaMatrix(parentCode: $0, year: report.year).path }
    }

}
