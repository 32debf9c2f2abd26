import KTXHCore

/// Biểu tiến độ thực hiện các chỉ tiêu nghị quyết, laid out for documents: one row model that the XLSX, the
/// DOCX, the HTML view and the narrative all read, so that the figures of the text and of the table are the
/// same figures.
///
/// It never judges: each line carries the `Evaluation` the table already holds.
public struct ProgressReport: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        /// STT as the plan numbers the row; empty for a sub-indicator.
        public var number: String
        public var indicator: Indicator
        /// 0 for an indicator, 1 for a sub-indicator shown indented under its parent.
        public var depth: Int
        /// The section path it stands under ("A", "C.I").
        public var section: String?
        /// Kế hoạch: the target as written.
        public var target: Figure
        /// Thực hiện (or ước thực hiện): nil while there is no figure.
        public var value: Figure?
        /// The figure that counts, as observed.
        public var observation: Observation?
        /// % KH.
        public var percentOfPlan: Figure?
        /// So với cùng kỳ.
        public var percentOfPrevious: Figure?
        public var evaluation: Evaluation?
        /// Nil where the row has no target of its own (a "trong đó:" heading).
        public var hasTarget: Bool

        public var label: EvaluationLabel? { evaluation?.label }

        /// The name as the table prints it: "- Đàn lợn" under its parent; a heading without a target of its
        /// own announces its breakdown, "…, trong đó:" (seed 001 row 39).
        public var printedName: String {
            if depth > 0 { return "- " + indicator.name }
            return hasTarget || indicator.name.hasSuffix(":") ? indicator.name : indicator.name + ", trong đó:"
        }
        public var isEstimate: Bool { observation?.kind == .estimate }
    }

    public enum Row: Hashable, Sendable {
        case section(PlanSection)
        case line(Line)
    }

    public var table: ProgressTable
    public var details: DocumentDetails
    public var rows: [Row]
    /// Dự báo cả năm of the cumulative indicators with a pace, by indicator code (`MonitoringWorkflow`).
    public var projections: [String: Projection] = [:]

    public init(table: ProgressTable, details: DocumentDetails) {
        self.table = table
        self.details = details
        rows = table.rows.map { row in
            switch row {
            case .section(let section): .section(section)
            case .indicator(let item): .line(Self.line(item))
            }
        }
    }

    static func line(_ item: ProgressTable.IndicatorRow) -> Line {
        Line(
            number: item.target.label ?? "", indicator: item.indicator, depth: item.depth,
            section: item.target.section, target: .target(item.target),
            value: item.current.map { Figure.observed($0, indicator: item.indicator) }, observation: item.current,
            percentOfPlan: item.evaluation?.percentOfPlan.map(Figure.percent),
            percentOfPrevious: item.evaluation?.percentOfPrevious.map(Figure.percent), evaluation: item.evaluation,
            hasTarget: !item.target.text.isEmpty)
    }

    public var lines: [Line] {
        rows.compactMap { if case .line(let line) = $0 { line } else { nil } }
    }

    /// The period is over for the plan's term (the year 2024 for a 2024 plan): figures are results, not progress.
    public var isClosed: Bool { table.period.covers(table.plan.term) }

    /// "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024", as seed 001 titles its table.
    public var title: String {
        let what = isClosed ? "BIỂU KẾT QUẢ THỰC HIỆN" : "BIỂU TIẾN ĐỘ THỰC HIỆN"
        return "\(what) CÁC CHỈ TIÊU NGHỊ QUYẾT \(table.period.vietnameseName.uppercased())"
    }

    /// "(Kèm theo Báo cáo số …/BC-UBND ngày …/6/2024 của UBND thành phố)".
    public var attachmentLine: String {
        "(Kèm theo Báo cáo số \(details.number) \(details.shortDate) của \(details.issuingBodyShort))"
    }

    /// "Kế hoạch 2024".
    public var planColumn: String {
        let term = table.plan.term
        return term.kind == .year ? "Kế hoạch \(term.year)" : "Kế hoạch \(term.code)"
    }

    /// "Ước thực hiện" when every figure is an estimate, otherwise "Thực hiện" (an estimate among actuals is
    /// printed "Ước …" in its own cell).
    public var valueColumn: String {
        let figures = lines.compactMap(\.observation)
        return !figures.isEmpty && figures.allSatisfy { $0.kind == .estimate } ? "Ước thực hiện" : "Thực hiện"
    }

    /// So với cùng kỳ is printed only when some row has last year's figure: an empty column would be deleted
    /// by the officer anyway.
    public var showsPrevious: Bool { lines.contains { $0.percentOfPrevious != nil } }
}
