/// `word/document.xml`: the sections' paragraphs and tables as WordprocessingML.
///
/// Elements are written in the order the schema prescribes (Word refuses a file whose `w:pPr` children are out
/// of order, where LibreOffice would forgive it).
struct DocumentBody {
    var sections: [Section]
    /// Relationship ids of the numbered header and the blank first-page header.
    var headers: (numbered: String, blank: String)
    /// Relationship ids of the pictures' media parts, in the order the pictures come.
    var pictures: [String] = []

    func xml() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<w:document \(WordParts.namespace)")
            xml.raw(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
            xml.raw(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>")
            var pictureCount = 0
            for (index, section) in sections.enumerated() {
                let isLast = index == sections.count - 1
                for (offset, block) in section.blocks.enumerated() {
                    // A section ends with the properties carried by its last paragraph.
                    let closes = !isLast && offset == section.blocks.count - 1
                    switch block {
                    case .paragraph(let paragraph):
                        write(paragraph, to: &xml, sectionEnd: closes ? (section, index) : nil)
                    case .table(let table):
                        write(table, to: &xml)
                        if closes { write(Paragraph([]), to: &xml, sectionEnd: (section, index)) }
                    case .picture(let picture):
                        pictureCount += 1
                        let relationship = pictures.indices.contains(pictureCount - 1) ? pictures[pictureCount - 1] : ""
                        Self.write(picture, number: pictureCount, relationship: relationship, to: &xml)
                        if closes { write(Paragraph([]), to: &xml, sectionEnd: (section, index)) }
                    }
                }
                if !isLast && section.blocks.isEmpty { write(Paragraph([]), to: &xml, sectionEnd: (section, index)) }
                if isLast { properties(of: section, first: index == 0, to: &xml) }
            }
            xml.raw("</w:body></w:document>")
        }
    }

    private func properties(of section: Section, first: Bool, to xml: inout XMLBuffer) {
        xml.raw("<w:sectPr>")
        if section.numbersPages {
            xml.raw("<w:headerReference w:type=\"default\" r:id=\"\(headers.numbered)\"/>")
            if first { xml.raw("<w:headerReference w:type=\"first\" r:id=\"\(headers.blank)\"/>") }
        }
        let page = section.page
        xml.raw("<w:pgSz w:w=\"\(page.width.twips)\" w:h=\"\(page.height.twips)\"")
        xml.raw(page.orientation == .landscape ? " w:orient=\"landscape\"/>" : "/>")
        xml.raw("<w:pgMar w:top=\"\(page.top.twips)\" w:right=\"\(page.right.twips)\" w:bottom=\"\(page.bottom.twips)\"")
        xml.raw(" w:left=\"\(page.left.twips)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>")
        if section.numbersPages && first { xml.raw("<w:titlePg/>") }
        xml.raw("</w:sectPr>")
    }

    private func write(_ paragraph: Paragraph, to xml: inout XMLBuffer, sectionEnd: (Section, Int)? = nil) {
        xml.raw("<w:p><w:pPr>")
        if paragraph.keepWithNext { xml.raw("<w:keepNext/>") }
        if paragraph.bottomBorder {
            xml.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>")
        }
        xml.raw("<w:spacing w:before=\"\(paragraph.spacingBefore.twips)\" w:after=\"\(paragraph.spacingAfter.twips)\"")
        if let line = paragraph.lineSpacing { xml.raw(" w:line=\"\(Int((line * 240).rounded()))\" w:lineRule=\"auto\"") }
        xml.raw("/>")
        if paragraph.firstLineIndent != nil || paragraph.leftIndent != nil || paragraph.rightIndent != nil {
            xml.raw("<w:ind")
            if let left = paragraph.leftIndent { xml.raw(" w:left=\"\(left.twips)\"") }
            if let right = paragraph.rightIndent { xml.raw(" w:right=\"\(right.twips)\"") }
            if let first = paragraph.firstLineIndent { xml.raw(" w:firstLine=\"\(first.twips)\"") }
            xml.raw("/>")
        }
        xml.raw("<w:jc w:val=\"\(paragraph.alignment.rawValue)\"/>")
        if let size = paragraph.size { xml.raw("<w:rPr>\(Self.size(size))</w:rPr>") }
        if let (section, index) = sectionEnd { properties(of: section, first: index == 0, to: &xml) }
        xml.raw("</w:pPr>")
        for run in paragraph.runs { write(run, size: run.size ?? paragraph.size, to: &xml) }
        xml.raw("</w:p>")
    }

    private func write(_ run: Run, size: Double?, to xml: inout XMLBuffer) {
        var properties = ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        if let size { properties += Self.size(size) }
        if run.underline { properties += "<w:u w:val=\"single\"/>" }
        let open = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
        switch run.content {
        case .text(let text):
            xml.raw(open + "<w:t xml:space=\"preserve\">")
            xml.text(text)
            xml.raw("</w:t></w:r>")
        case .lineBreak:
            xml.raw(open + "<w:br/></w:r>")
        case .pageNumber:
            xml.raw("<w:fldSimple w:instr=\" PAGE \">\(open)<w:t>1</w:t></w:r></w:fldSimple>")
        }
    }

    private func write(_ table: Table, to xml: inout XMLBuffer) {
        let total = table.columnWidths.reduce(0) { $0 + $1.twips }
        xml.raw("<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
        if table.bordered {
            xml.raw("<w:tblBorders>")
            for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                xml.raw("<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
            }
            xml.raw("</w:tblBorders>")
        }
        xml.raw("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>")
        for width in table.columnWidths { xml.raw("<w:gridCol w:w=\"\(width.twips)\"/>") }
        xml.raw("</w:tblGrid>")
        for row in table.rows {
            xml.raw("<w:tr><w:trPr><w:cantSplit/>\(row.isHeader ? "<w:tblHeader/>" : "")</w:trPr>")
            var column = 0
            for cell in row.cells {
                let span = max(1, cell.span)
                let width = table.columnWidths.dropFirst(column).prefix(span).reduce(0) { $0 + $1.twips }
                column += span
                xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>")
                if span > 1 { xml.raw("<w:gridSpan w:val=\"\(span)\"/>") }
                if let merge = cell.verticalMerge { xml.raw("<w:vMerge w:val=\"\(merge.rawValue)\"/>") }
                if let shading = cell.shading { xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shading)\"/>") }
                xml.raw("<w:vAlign w:val=\"\(cell.verticalAlignment.rawValue)\"/></w:tcPr>")
                // A cell must hold at least one paragraph.
                for paragraph in cell.paragraphs.isEmpty ? [Paragraph([])] : cell.paragraphs { write(paragraph, to: &xml) }
                xml.raw("</w:tc>")
            }
            xml.raw("</w:tr>")
        }
        xml.raw("</w:tbl>")
    }

    private static func size(_ points: Double) -> String {
        let halfPoints = Int((points * 2).rounded())
        return "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }
}
