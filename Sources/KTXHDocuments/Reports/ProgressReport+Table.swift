import KTXHCore

extension ProgressReport {
    /// The progress table's columns, as seed 001 prints them, with % KH and (when there are figures for it)
    /// so với cùng kỳ beside the figure.
    public var reportTable: ReportTable {
        let group = isClosed ? "Kết quả thực hiện" : "Tiến độ thực hiện"
        var columns: [ReportTable.Column] = [
            .init("STT"), .init("Chỉ tiêu", content: .name), .init("Đơn vị tính"), .init(planColumn),
            .init(valueColumn, group: group), .init("% KH", group: group),
        ]
        if showsPrevious { columns.append(.init("So cùng kỳ", group: group)) }
        columns.append(.init("Đánh giá"))
        let rows = rows.map { row -> ReportTable.Row in
            switch row {
            case .section(let section):
                return .section(label: section.label, title: section.title)
            case .line(let line):
                var cells: [ReportTable.Value] = [
                    .text(line.number), .text(line.printedName),
                    .text(line.indicator.unitOfMeasure),
                    line.target.text.isEmpty ? .empty : .figure(line.target), line.value.map { .figure($0) } ?? .empty,
                    line.percentOfPlan.map { .figure($0) } ?? .empty,
                ]
                if showsPrevious { cells.append(line.percentOfPrevious.map { .figure($0) } ?? .empty) }
                cells.append(line.label.map { .text($0.rawValue) } ?? .empty)
                return .item(cells: cells, depth: line.depth)
            }
        }
        return ReportTable(
            title: title, subtitle: attachmentLine, columns: columns, rows: rows, sheetName: "Biểu tiến độ")
    }
}
