import KTXHCore
import KTXHWorkflows

/// "Ma trận tiêu chí": communes × criteria, coloured, with "n/19" per commune and "x/2 xã" per criterion.
struct CriteriaMatrixPage {
    struct Cell: Hashable {
        var status: CriteriaStatus
        var link: String
    }

    struct Line: Hashable {
        var name: String
        var link: String
        var cells: [Cell]
        var count: String
        var standard: CriteriaStatus
        var recognition: String?
    }

    var heading: String
    var setName: String
    var criteria: [(number: String, name: String)]
    var lines: [Line]
    /// Per criterion, "2/2".
    var totals: [String]
    var summary: String
    /// "Xã Huyền Tụng (01846)": communes of that year without figures.
    var unreported: [String]
    var discrepancies: [CriteriaDiscrepancy]
    var yearLinks: [(String, String)]
}

extension CriteriaMatrixPage {
    init(matrix: CriteriaMatrix, years: [Int]) {
        let parentName = matrix.parent?.name ?? matrix.parentCode
        heading = "Kết quả thực hiện Bộ tiêu chí nông thôn mới năm \(matrix.year): \(parentName)"
        let first = matrix.reports.first
        setName = first.map { "\($0.set.name) (\($0.set.decision?.citation ?? $0.set.key))" } ?? "Không có xã nào"
        criteria = first?.evaluation.criteria.map { ($0.number, $0.name) } ?? []
        lines = matrix.reports.map { report in
            Line(
                name: report.unit?.name ?? report.unitCode,
                link: SiteRoute.criteriaSheet(unitCode: report.unitCode, year: report.year).path,
                cells: report.evaluation.criteria.map {
                    Cell(
                        status: $0.status,
                        link: SiteRoute.criteriaSheet(unitCode: report.unitCode, year: report.year).path + "#tc-\($0.number)")
                },
                count: report.evaluation.countText, standard: report.evaluation.standard,
                recognition: report.recognitions.first?.citation)
        }
        totals = criteria.map { criterion in
            matrix.summary.count(of: criterion.number).map { "\($0.met)/\($0.of)" } ?? ""
        }
        summary = matrix.summary.standardText
        unreported = matrix.unreported.map { "\($0.name) (\($0.code))" }
        discrepancies = matrix.discrepancies
        yearLinks = years.map { (String($0), SiteRoute.criteriaMatrix(parentCode: matrix.parentCode, year: $0).path) }
    }

    static func cssClass(_ status: CriteriaStatus) -> String {
        switch status {
        case .met, .notApplicable: "cell met"
        case .notMet: "cell short"
        case .undetermined: "cell pending"
        }
    }
}
