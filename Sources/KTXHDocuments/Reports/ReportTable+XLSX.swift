import Foundation

extension ReportTable {
    /// Writes the table as the only sheet of an XLSX file: title and "Kèm theo …" line above, a merged header
    /// frozen in view and repeated on every printed page, bold section rows, numbers stored as numbers.
    public func writeXLSX(to url: URL) throws {
        let workbook = try Workbook(title: title.capitalizedSentence)
        try addSheet(to: workbook)
        try workbook.write(to: url)
    }

    func addSheet(to workbook: Workbook) throws {
        let widths = characterWidths
        let count = columns.count
        let headerStart = subtitle == nil ? 3 : 4
        let headerEnd = headerStart + (hasGroups ? 1 : 0)
        let sheet = try workbook.addSheet(
            WorksheetSetup(
                name: sheetName, columnWidths: widths, frozenRows: headerEnd, page: page,
                printTitleRows: headerStart...headerEnd))
        let styles = ReportStyles(workbook)

        // A bold 14 pt letter is about a third wider than the 12 pt the column widths count in.
        let titleLines = max(1, Int((Double(title.count) * 1.35 / widths.reduce(0, +)).rounded(.up)))
        try sheet.append(
            [.text(title, styles.title)] + Array(repeating: .empty(styles.title), count: count - 1),
            height: Double(titleLines) * 19 + 4)
        sheet.merge(rows: 1...1, columns: 1...count)
        if let subtitle {
            try sheet.append([.text(subtitle, styles.subtitle)] + Array(repeating: .empty(), count: count - 1), height: 18)
            sheet.merge(rows: 2...2, columns: 1...count)
        }
        try sheet.append([])
        try writeHeader(to: sheet, styles: styles, widths: widths)
        for row in rows {
            switch row {
            case .section(let label, let title):
                try sheet.append(
                    [.text(label, styles.sectionLabel), .text(title, styles.sectionTitle)]
                        + Array(repeating: .empty(styles.sectionTitle), count: count - 2))
                sheet.merge(rows: sheet.rowCount...sheet.rowCount, columns: 2...count)
            case .item(let cells, let depth):
                var line: [Cell] = []
                for (index, cell) in cells.enumerated() {
                    let isName = columns[index].content == .name
                    line.append(styles.cell(cell, name: isName, depth: depth))
                }
                let nameIndex = columns.firstIndex { $0.content == .name } ?? 1
                let name = cells.indices.contains(nameIndex) ? cells[nameIndex].text : ""
                try sheet.append(line, height: Self.height(name.count + depth * 2, width: widths[nameIndex]))
            }
        }
    }

    private func writeHeader(to sheet: Worksheet, styles: ReportStyles, widths: [Double]) throws {
        let first = sheet.rowCount + 1
        let tallest = zip(columns, widths).map { Self.height($0.header.count, width: $1) }.max() ?? 16
        guard hasGroups else {
            try sheet.append(columns.map { .text($0.header, styles.header) }, height: tallest)
            return
        }
        var top: [Cell] = []
        var bottom: [Cell] = []
        var index = 0
        while index < columns.count {
            let column = columns[index]
            guard let group = column.group else {
                top.append(.text(column.header, styles.header))
                bottom.append(.empty(styles.header))
                sheet.merge(rows: first...first + 1, columns: index + 1...index + 1)
                index += 1
                continue
            }
            let span = columns[index...].prefix { $0.group == group }.count
            top.append(.text(group, styles.header))
            top += Array(repeating: .empty(styles.header), count: span - 1)
            bottom += columns[index..<index + span].map { .text($0.header, styles.header) }
            sheet.merge(rows: first...first, columns: index + 1...index + span)
            index += span
        }
        try sheet.append(top, height: 18)
        try sheet.append(bottom, height: tallest)
    }

    /// Row height in points for a wrapped text of `characters` in a column `width` characters wide: Excel does
    /// not grow rows by itself on opening a file, so the writer sizes them.
    static func height(_ characters: Int, width: Double) -> Double {
        let perLine = max(1, (width - 1) * 1.1)
        let lines = max(1, Int((Double(characters) / perLine).rounded(.up)))
        return Double(lines) * 15.75 + 3
    }
}

extension String {
    /// "BIỂU TIẾN ĐỘ …" → "Biểu tiến độ …", for a file's title property.
    var capitalizedSentence: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
