import Foundation

extension ReportTable {
    /// Points for the table's text: the decree's body is 13-14 pt; a dense appendix table takes 12.
    static let wordTableSize = 12.0

    /// Writes the table alone, as seed 001 and seed 000 print their appendices: an A4 page (turned when the
    /// table is wide) with the title, the "Kèm theo …" line and the table, its header repeated on every page.
    public func writeDOCX(to url: URL) throws {
        let document = WordDocument(
            title: title.capitalizedSentence, sections: [Section(page: page, blocks: wordBlocks(width: page.textWidth))])
        try document.write(to: url)
    }

    /// Title, "Kèm theo …" line and the table, fitted to `width`.
    func wordBlocks(width: Length) -> [Block] {
        var blocks: [Block] = [
            .paragraph(Paragraph([Run(title, bold: true)], alignment: .center, size: 14, keepWithNext: true))
        ]
        if let subtitle {
            blocks.append(
                .paragraph(
                    Paragraph(
                        [Run(subtitle, italic: true)], alignment: .center, size: 13, spacingAfter: .pt(12),
                        keepWithNext: true)))
        }
        blocks.append(.table(wordTable(width: width)))
        return blocks
    }

    func wordTable(width: Length) -> Table {
        // A 12 pt Times New Roman letter takes up to 2.6 mm (capitals and tone marks); a cell adds margins.
        var fitted = fittedCharacters.map { $0.map { Length.mm(Double($0) * 2.6 + 5) } }
        let names = max(1, fitted.filter { $0 == nil }.count)
        // Many short columns (the task sheet's lead, partners, status …) share the page with the names: narrowed
        // together so that each name keeps 40 mm and the table stays on the page.
        let room = width.twips - names * Length.mm(40).twips
        let total = fitted.compactMap { $0?.twips }.reduce(0, +)
        if total > room, total > 0 {
            fitted = fitted.map { $0.map { Length(twips: $0.twips * max(room, 0) / total) } }
        }
        let rest = width - fitted.compactMap { $0 }.reduce(Length(twips: 0), +)
        let widths = fitted.map { $0 ?? Length(twips: max(rest.twips / names, Length.mm(40).twips)) }
        return Table(columnWidths: widths, rows: wordHeader() + rows.map(wordRow))
    }

    private func wordHeader() -> [Table.Row] {
        func cell(_ text: String, span: Int = 1, merge: Table.Cell.VerticalMerge? = nil) -> Table.Cell {
            let paragraphs = text.isEmpty ? [] : [Self.cellParagraph(text, bold: true, alignment: .center)]
            return Table.Cell(paragraphs, span: span, verticalMerge: merge, shading: "F2F2F2")
        }
        guard hasGroups else { return [Table.Row(columns.map { cell($0.header) }, isHeader: true)] }
        var top: [Table.Cell] = []
        var bottom: [Table.Cell] = []
        var index = 0
        while index < columns.count {
            guard let group = columns[index].group else {
                top.append(cell(columns[index].header, merge: .start))
                bottom.append(cell("", merge: .covered))
                index += 1
                continue
            }
            let span = columns[index...].prefix { $0.group == group }.count
            top.append(cell(group, span: span))
            bottom += columns[index..<index + span].map { cell($0.header) }
            index += span
        }
        return [Table.Row(top, isHeader: true), Table.Row(bottom, isHeader: true)]
    }

    private func wordRow(_ row: Row) -> Table.Row {
        switch row {
        case .section(let label, let title):
            return Table.Row([
                Table.Cell([Self.cellParagraph(label, bold: true, alignment: .center)]),
                Table.Cell([Self.cellParagraph(title, bold: true, alignment: .left)], span: columns.count - 1),
            ])
        case .item(let cells, let depth):
            return Table.Row(
                cells.enumerated().map { index, value in
                    let isName = columns.indices.contains(index) && columns[index].content == .name
                    var paragraph = Self.cellParagraph(value.text, bold: false, alignment: isName ? .left : .center)
                    if isName && depth > 0 { paragraph.leftIndent = .mm(3) }
                    return Table.Cell(value.text.isEmpty ? [] : [paragraph])
                })
        }
    }

    static func cellParagraph(_ text: String, bold: Bool, alignment: Paragraph.Alignment) -> Paragraph {
        Paragraph(
            [Run(text, bold: bold)], alignment: alignment, size: wordTableSize, spacingBefore: .pt(2),
            spacingAfter: .pt(2))
    }
}
