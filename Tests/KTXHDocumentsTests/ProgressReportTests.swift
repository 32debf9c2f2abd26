import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHDocuments

/// Seed 001's "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024" reproduced.
@Suite("Progress report")
struct ProgressReportTests {
    @Test("Every row of seed 001's table: STT, name, Kế hoạch and figure as the seed writes them, and its label")
    func seedRows() throws {
        let table = try DemoFixture.progressReport().reportTable
        let items = table.rows.compactMap { row -> [String]? in
            if case .item(let cells, _) = row { cells.map(\.text) } else { nil }
        }
        let seedRows = try SeedFixture.seed001ProgressRows()
        #expect(seedRows.count == 50)
        for seed in seedRows {
            let row = try #require(
                items.first { $0[0] == seed.number && ($0[1] == seed.name || $0[1] == "- " + seed.name) }, "\(seed) missing")
            #expect(row[3] == seed.plan, "\(seed): Kế hoạch «\(row[3])»")
            if !seed.value.isEmpty { #expect(row[4] == seed.value, "\(seed): figure «\(row[4])»") }
            // The seed's cells on rows 18 and 37 are cut short ("Đánh giá") by its text extraction.
            if !seed.label.isEmpty { #expect(row.last?.hasPrefix(seed.label) == true, "\(seed): label «\(row.last ?? "")»") }
        }
        let sections = table.rows.compactMap { row -> String? in
            if case .section(let label, _) = row { label } else { nil }
        }
        #expect(sections == ["A", "B", "C", "I", "II", "III", "IV", "D", "E"])
    }

    @Test("Columns, title and the Kèm theo line follow the seed; % KH is shown, so cùng kỳ only with data")
    func header() throws {
        let report = try DemoFixture.progressReport()
        let table = report.reportTable
        #expect(table.title == "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024")
        #expect(table.subtitle?.hasPrefix("(Kèm theo Báo cáo số") == true)
        #expect(
            table.subtitle?.hasSuffix("/BC-UBND ngày\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/6/2024 của UBND thành phố)")
                == true)
        #expect(
            table.columns.map(\.header) == ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024", "Thực hiện", "% KH", "Đánh giá"])
        #expect(table.columns[4].group == "Tiến độ thực hiện")
        let previous = Observation(
            indicatorCode: "tong-muc-ban-le", unitCode: "058", period: Period(year: 2023, kind: .half(1)),
            value: .number(Decimal(string: "1821.6") ?? 0))
        let withPrevious = try DemoFixture.progressReport(extra: [previous]).reportTable
        #expect(withPrevious.columns.map(\.header).contains("So cùng kỳ"))
    }

    @Test("Figures keep their numbers: 1.889 is 1889 with no decimals, 51,05% is 51.05, 02 has its leading zero")
    func figures() throws {
        let lines = try DemoFixture.progressReport().lines
        let retail = try #require(lines.first { $0.number == "2" })
        #expect(retail.value == Figure(text: "1.889", number: 1889))
        #expect(retail.value?.spreadsheetFormat == "[$-42A]#,##0")
        #expect(retail.percentOfPlan?.number == Decimal(string: "51.05"))
        #expect(retail.percentOfPlan?.spreadsheetValue == Decimal(string: "0.5105"))
        #expect(retail.percentOfPlan?.spreadsheetFormat == "[$-42A]0.00%")
        let cooperatives = try #require(lines.first { $0.number == "7" })
        #expect(cooperatives.target.spreadsheetFormat == "[$-42A]00")
        #expect(cooperatives.value?.text == "08")
        let households = try #require(lines.first { $0.number == "3" })
        #expect(households.target.number == nil, "a bound stays as written")
        let grain = try #require(lines.first { $0.number == "4" })
        #expect(grain.value?.text == "Ước 1.857,4")
        #expect(grain.value?.spreadsheetFormat == "[$-42A]\"Ước \"#,##0.0")
    }

    @Test("The XLSX stores figures as numbers with the Vietnamese format, merges its header and freezes it")
    func spreadsheet() throws {
        let url = PackageReader.temporaryFile("xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try DemoFixture.progressReport().reportTable.writeXLSX(to: url)
        let package = try PackageReader(url)
        let sheet = try package.text("xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<v>1889</v>"))
        #expect(sheet.contains("<v>72.4</v>"))
        #expect(sheet.contains("<v>0.5105</v>"))
        #expect(sheet.contains("<mergeCell ref=\"A1:G1\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"E4:F4\"/>"), "Tiến độ thực hiện over Thực hiện and % KH")
        #expect(sheet.contains("<mergeCell ref=\"A4:A5\"/>"))
        #expect(sheet.contains("state=\"frozen\""))
        #expect(
            try package.text("xl/sharedStrings.xml").contains(
                "<t>BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024</t>"))
        let styles = try package.text("xl/styles.xml")
        #expect(styles.contains("formatCode=\"[$-42A]#,##0.0\""))
        #expect(styles.contains("<b/>"))
        #expect(try package.text("xl/workbook.xml").contains("$4:$5"))
    }

    @Test("The print view is a whole page with the table's header and rows")
    func html() throws {
        let html = try DemoFixture.progressReport().reportTable.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4 landscape;"))
        #expect(html.contains("<th colspan=\"2\">Tiến độ thực hiện</th>"))
        #expect(html.contains("<td class=\"name\">Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ</td>"))
        #expect(html.contains("Các chỉ tiêu về GD&amp;ĐT"))
    }
}
