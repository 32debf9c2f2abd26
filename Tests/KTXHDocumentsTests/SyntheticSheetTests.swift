import Foundation
import Testing

@testable import KTXHDocuments

/// The benchmark's table: the same cells every run, so Python's XlsxWriter can write exactly the same.
@Suite("Benchmark sheet")
struct SyntheticSheetTests {
    @Test("Rows are a pure function of their number; the file holds the header and every row")
    func smallSheet() throws {
        #expect(SyntheticSheet.units * SyntheticSheet.indicators == 199_260)
        let figures = SyntheticSheet.figures(61)
        #expect(figures.plan == 1_001)
        #expect(figures.actual == Decimal(string: "42.7"))
        #expect(figures.percent == Decimal(string: "4.26"))
        #expect(SyntheticSheet.unitRow(0) == ("00001", "Xã số 1"))
        let url = PackageReader.temporaryFile("xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let summary = try SyntheticSheet.write(rows: 120, to: url)
        #expect(summary.cells == 121 * 9)
        let package = try PackageReader(url)
        #expect(try package.text("xl/worksheets/sheet1.xml").occurrences(of: "<row ") == 121)
        #expect(try package.text("xl/sharedStrings.xml").contains("<t>Chỉ tiêu phát triển kinh tế - xã hội số 2</t>"))
    }
}
