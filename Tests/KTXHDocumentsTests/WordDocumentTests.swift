import Foundation
import Testing

@testable import KTXHDocuments

/// The DOCX writer on its own: page setup, page numbers, tables, text.
@Suite("DOCX document")
struct WordDocumentTests {
    func written(_ document: WordDocument) throws -> PackageReader {
        let url = PackageReader.temporaryFile("docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try document.write(to: url)
        return try PackageReader(url)
    }

    var sample: WordDocument {
        let table = Table(
            columnWidths: [.mm(20), .mm(60)],
            rows: [
                Table.Row([Table.Cell([Paragraph("STT", bold: true)]), Table.Cell([Paragraph("Chỉ tiêu")])], isHeader: true),
                Table.Row([Table.Cell([Paragraph("1")]), Table.Cell([Paragraph("Thu ngân sách & phí")])]),
                Table.Row([Table.Cell([Paragraph("Tổng")], span: 2)]),
            ])
        return WordDocument(
            title: "Báo cáo",
            sections: [
                Section(page: .decreePortrait, blocks: [.paragraph(Paragraph("Mở đầu", bold: true, alignment: .center))]),
                Section(page: .decreeLandscape, blocks: [.table(table)]),
            ])
    }

    @Test("A4 with the decree's margins; the second section landscape; numbers in the header from page 2")
    func pages() throws {
        let package = try written(sample)
        let xml = try package.text("word/document.xml")
        // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850.
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(xml.occurrences(of: "<w:sectPr>") == 2)
        // The first section's properties end its last paragraph; the first page has the blank header.
        #expect(xml.contains("<w:titlePg/>"))
        #expect(xml.occurrences(of: "w:type=\"first\"") == 1)
        #expect(xml.occurrences(of: "<w:headerReference w:type=\"default\"") == 2)
        #expect(try package.text("word/header1.xml").contains("<w:fldSimple w:instr=\" PAGE \">"))
        #expect(!(try package.text("word/header2.xml").contains("PAGE")))
        let styles = try package.text("word/styles.xml")
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"), "14 pt body")
    }

    @Test("Tables: header rows repeat, cells span, text is escaped")
    func tables() throws {
        let xml = try written(sample).text("word/document.xml")
        #expect(xml.occurrences(of: "<w:tblHeader/>") == 1)
        #expect(xml.contains("<w:gridCol w:w=\"1134\"/><w:gridCol w:w=\"3402\"/>"))
        #expect(xml.contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(xml.contains("Thu ngân sách &amp; phí"))
        #expect(xml.contains("<w:b/>"))
        #expect(try written(sample).text("[Content_Types].xml").contains("wordprocessingml.document.main+xml"))
    }

    @Test("Paragraph text joins its runs, line breaks as newlines")
    func paragraphText() {
        let paragraph = Paragraph([Run("TM. ỦY BAN NHÂN DÂN"), .lineBreak, Run("CHỦ TỊCH", bold: true)])
        #expect(paragraph.text == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
    }
}
