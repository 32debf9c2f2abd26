/// The cell styles of a report sheet: Times New Roman as the decree's documents, thin borders in the table.
struct ReportStyles {
    let workbook: Workbook
    let title: StyleID
    let subtitle: StyleID
    let header: StyleID
    let sectionLabel: StyleID
    let sectionTitle: StyleID
    let centred: StyleID
    let name: StyleID
    let subName: StyleID

    init(_ workbook: Workbook) {
        self.workbook = workbook
        title = workbook.style(CellStyle(fontSize: 14, bold: true, alignment: .center, wrapText: true))
        subtitle = workbook.style(CellStyle(italic: true, alignment: .center))
        header = workbook.style(CellStyle(bold: true, alignment: .center, wrapText: true, bordered: true, fill: "F2F2F2"))
        sectionLabel = workbook.style(CellStyle(bold: true, alignment: .center, bordered: true))
        sectionTitle = workbook.style(CellStyle(bold: true, alignment: .left, wrapText: true, bordered: true))
        centred = workbook.style(CellStyle(alignment: .center, wrapText: true, bordered: true))
        name = workbook.style(CellStyle(alignment: .left, wrapText: true, bordered: true))
        subName = workbook.style(CellStyle(alignment: .left, wrapText: true, bordered: true, indent: 1))
    }

    /// One table cell: numbers stored as numbers with a format showing the report's own digits.
    func cell(_ cell: ReportTable.Value, name isName: Bool, depth: Int) -> Cell {
        let base = isName ? (depth > 0 ? subName : name) : centred
        switch cell {
        case .empty:
            return .empty(base)
        case .text(let text):
            return .text(text, base)
        case .figure(let figure):
            guard let value = figure.spreadsheetValue else { return .text(figure.text, base) }
            let style = workbook.style(
                CellStyle(alignment: .center, bordered: true, numberFormat: figure.spreadsheetFormat))
            return .number(value, style)
        }
    }
}
