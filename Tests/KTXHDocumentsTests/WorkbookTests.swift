import Foundation
import Testing

@testable import KTXHDocuments

/// The XLSX writer on its own: what it puts in each part, read back from the zip.
@Suite("XLSX workbook")
struct WorkbookTests {
    func written(_ build: (Workbook) throws -> Void) throws -> PackageReader {
        let url = PackageReader.temporaryFile("xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(title: "Thử & kiểm")
        try build(workbook)
        try workbook.write(to: url)
        return try PackageReader(url)
    }

    @Test("Texts are shared and escaped, numbers are numbers, control characters are dropped")
    func cells() throws {
        let package = try written { workbook in
            let money = workbook.style(CellStyle(numberFormat: "[$-42A]#,##0.0"))
            let sheet = try workbook.addSheet(WorksheetSetup(name: "Biểu", columnWidths: [10, 20]))
            try sheet.append([.text("A & B <C>"), .number(Decimal(string: "1857.4") ?? 0, money)])
            try sheet.append([.text(" đầu cách\u{0C}"), .empty(), .number(-12), .text("A & B <C>")])
        }
        let xml = try package.text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"A1\" t=\"s\"><v>0</v></c>"))
        #expect(xml.contains("<c r=\"D2\" t=\"s\"><v>0</v></c>"), "the same text, the same number")
        #expect(xml.contains("<c r=\"B1\" s=\"1\"><v>1857.4</v></c>"))
        #expect(xml.contains("<c r=\"C2\"><v>-12</v></c>"))
        #expect(!xml.contains("r=\"B2\""), "an empty cell without a style is not written")
        let strings = try package.text("xl/sharedStrings.xml")
        #expect(strings.contains("count=\"3\" uniqueCount=\"2\""))
        #expect(strings.contains("<si><t>A &amp; B &lt;C&gt;</t></si>"))
        #expect(strings.contains("<si><t xml:space=\"preserve\"> đầu cách</t></si>"))
        #expect(!strings.contains("\u{0C}"))
        #expect(try package.text("xl/_rels/workbook.xml.rels").contains("sharedStrings.xml"))
        let styles = try package.text("xl/styles.xml")
        #expect(styles.contains("formatCode=\"[$-42A]#,##0.0\""))
        #expect(styles.contains("<name val=\"Times New Roman\"/>"))
    }

    @Test("Past the shared table's bound, new texts are written inline in their cells")
    func boundedSharedStrings() throws {
        let url = PackageReader.temporaryFile("xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(title: "T", defaultStyle: CellStyle(), sharedStrings: SharedStrings(maximumCount: 2))
        let sheet = try workbook.addSheet(WorksheetSetup(name: "S", columnWidths: []))
        try sheet.append([.text("một"), .text("hai"), .text("ba"), .text("một")])
        try workbook.write(to: url)
        let xml = try PackageReader(url).text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"B1\" t=\"s\"><v>1</v></c>"))
        #expect(xml.contains("<c r=\"C1\" t=\"inlineStr\"><is><t>ba</t></is></c>"))
        #expect(xml.contains("<c r=\"D1\" t=\"s\"><v>0</v></c>"))
    }

    @Test("Merges, frozen rows, widths, A4 landscape, print area and repeated header rows")
    func layout() throws {
        let package = try written { workbook in
            let sheet = try workbook.addSheet(
                WorksheetSetup(name: "Biểu [1]", columnWidths: [6, 40.5, 12], frozenRows: 2, printTitleRows: 2...2))
            try sheet.append([.text("Tiêu đề")], height: 22)
            sheet.merge(rows: 1...1, columns: 1...3)
            try sheet.append([.text("STT"), .text("Chỉ tiêu"), .text("ĐVT")])
            try sheet.append([.text("1"), .text("Thu ngân sách"), .text("Tỷ đồng")])
        }
        let xml = try package.text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<mergeCell ref=\"A1:C1\"/>"))
        #expect(xml.contains("<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"40.5\" customWidth=\"1\"/>"))
        #expect(xml.contains("<row r=\"1\" ht=\"22.0\" customHeight=\"1\">"))
        #expect(xml.contains("paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\""))
        let workbook = try package.text("xl/workbook.xml")
        // Excel forbids brackets in a sheet name.
        #expect(workbook.contains("<sheet name=\"Biểu -1-\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("'Biểu -1-'!$A$1:$C$3"))
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Biểu -1-'!$2:$2</definedName>"))
        let types = try package.text("[Content_Types].xml")
        #expect(types.contains("/xl/worksheets/sheet1.xml"))
        #expect(try package.text("docProps/core.xml").contains("<dc:title>Thử &amp; kiểm</dc:title>"))
    }

    @Test("Rows stream through a temporary file: many rows arrive in order")
    func streaming() throws {
        let package = try written { workbook in
            let sheet = try workbook.addSheet(WorksheetSetup(name: "S", columnWidths: []))
            for row in 0..<30_000 { try sheet.append([.number(Decimal(row)), .text("Đơn vị \(row)")]) }
            #expect(sheet.rowCount == 30_000)
        }
        let xml = try package.text("xl/worksheets/sheet1.xml")
        #expect(xml.occurrences(of: "<row ") == 30_000)
        #expect(
            xml.contains(
                "<row r=\"30000\"><c r=\"A30000\"><v>29999</v></c><c r=\"B30000\" t=\"s\"><v>29999</v></c></row>"
            ))
        #expect(xml.hasSuffix("</worksheet>"))
    }

    @Test("Column letters run A…Z, AA…")
    func columnLetters() {
        #expect(CellReference.column(1) == "A")
        #expect(CellReference.column(26) == "Z")
        #expect(CellReference.column(27) == "AA")
        #expect(CellReference.column(703) == "AAA")
    }
}
