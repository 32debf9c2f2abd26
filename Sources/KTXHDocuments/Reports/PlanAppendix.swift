import KTXHCore

/// Phụ lục chỉ tiêu của nghị quyết: a plan's targets as its resolution's appendix prints them (seed 000:
/// "Một số chỉ tiêu nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh thành phố Bắc Kạn năm 2025": STT, Chỉ tiêu,
/// Đơn vị tính, KH 2025), with the previous year's figures beside them when there are any.
public struct PlanAppendix: Hashable, Sendable {
    /// The plan's rows beside the figures of the year before its term.
    public var table: ProgressTable
    public var details: DocumentDetails

    /// - Parameter previousYear: the plan's table built for `plan.term.samePeriodLastYear`, whose figures fill
    ///   the "Ước TH" column; its evaluations are not used.
    public init(previousYear: ProgressTable, details: DocumentDetails) {
        table = previousYear
        self.details = details
    }

    private var term: Period { table.plan.term }

    /// "MỘT SỐ CHỈ TIÊU NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH THÀNH PHỐ BẮC KẠN NĂM 2025".
    public var title: String {
        let unit = UnitName(unit: table.unit, plan: table.plan).full
        return "MỘT SỐ CHỈ TIÊU NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH \(unit) \(term.vietnameseName)".uppercased()
    }

    /// "(Kèm theo Nghị quyết số …/NQ-HĐND ngày 17/12/2024 của HĐND thành phố)".
    public var attachmentLine: String {
        let kind = table.plan.issuer == .council ? "Nghị quyết" : "Quyết định"
        return "(Kèm theo \(kind) số \(details.number) \(details.shortDate) của \(details.issuingBodyShort))"
    }

    /// "KH 2025", as seed 000 heads the column.
    public var planColumn: String {
        term.kind == .year ? "KH \(term.year)" : "KH \(term.code)"
    }

    private var figures: [Observation] { table.indicatorRows.compactMap(\.current) }

    /// Shown only when the previous year has figures.
    public var showsPrevious: Bool { !figures.isEmpty }

    /// "Ước TH 2024" when every figure is an estimate, as a December resolution has them; else "TH 2024".
    public var previousColumn: String {
        let year = term.samePeriodLastYear.code
        return figures.allSatisfy { $0.kind == .estimate } ? "Ước TH \(year)" : "TH \(year)"
    }

    public var reportTable: ReportTable {
        var columns: [ReportTable.Column] = [
            .init("STT"), .init("Chỉ tiêu", content: .name), .init("Đơn vị tính"), .init(planColumn),
        ]
        if showsPrevious { columns.append(.init(previousColumn)) }
        let allEstimates = figures.allSatisfy { $0.kind == .estimate }
        let rows = table.rows.map { row -> ReportTable.Row in
            switch row {
            case .section(let section):
                return .section(label: section.label, title: section.title)
            case .indicator(let item):
                let target = Figure.target(item.target)
                var cells: [ReportTable.Value] = [
                    .text(item.target.label ?? ""), .text(item.depth > 0 ? "- " + item.indicator.name : item.indicator.name),
                    .text(item.indicator.unitOfMeasure), target.text.isEmpty ? .empty : .figure(target),
                ]
                if showsPrevious {
                    var figure = item.current.map { Figure.observed($0, indicator: item.indicator) }
                    if allEstimates, var shown = figure {
                        shown.text = String(shown.text.dropFirst(shown.prefix.count))
                        shown.prefix = ""
                        figure = shown
                    }
                    cells.append(figure.map { .figure($0) } ?? .empty)
                }
                return .item(cells: cells, depth: item.depth)
            }
        }
        return ReportTable(
            title: title, subtitle: attachmentLine, columns: columns, rows: rows, sheetName: "Chỉ tiêu \(term.code)")
    }
}
