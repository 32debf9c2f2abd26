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
        /// The same sub-indicator in the year compared with (2011 beside 2020), under that year's set.
        var baseline: Baseline? = nil
    }

    /// One sub-indicator's figure and verdict in the year compared with.
    struct Baseline: Hashable {
        var value: String
        var status: CriteriaStatus
    }

    var heading: String
    var setName: String
    var count: String
    var standard: CriteriaStatus
    var recognitions: [String]
    var rows: [Row]
    var discrepancies: [CriteriaDiscrepancy]
    var matrixLink: String?
    /// "Năm 2011: 4/19 (Quyết định 491/QĐ-TTg)" when a year is compared with.
    var baselineHeading: String? = nil
    var baselineYear: Int? = nil
    /// Links to compare with another year.
    var comparisons: [(String, String)] = []
}

extension CriteriaSheetPage {
    /// - Parameter baseline: the same unit in the year compared with, judged under that year's set.
    init(report: UnitCriteriaReport, baseline: UnitCriteriaReport? = nil, years: [Int] = []) {
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
        let sheet = SiteRoute.criteriaSheet(unitCode: report.unitCode, year: report.year).path
        comparisons = years.filter { $0 != report.year }.map { ("So sánh với năm \($0)", sheet + "?so-voi=\($0)") }
        if let baseline {
            baselineYear = baseline.year
            baselineHeading =
                "Năm \(baseline.year): đạt \(baseline.evaluation.countText) tiêu chí theo "
                + (baseline.set.decision?.citation ?? baseline.set.name)
            let earlier = Dictionary(baseline.evaluation.indicators.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
            rows = rows.map { row in
                var row = row
                row.baseline = earlier[row.number].map { Baseline(value: $0.valueText ?? "—", status: $0.status) }
                return row
            }
        }
        matrixLink = report.unit?.parentCode.map { SiteRoute.criteriaMatrix(parentCode: $0, year: report.year).path }
    }

}
