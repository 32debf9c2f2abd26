import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHTestSupport
import Testing

/// Several tables, a column per year or per commune, and columns the header leaves open.
extension PlanTableLayoutTests {
    static var context: ImportContext {
        get throws {
            ImportContext(
                indicators: [:], units: [:], plans: [:], standard: try ShippedData.nationalCatalogue(),
                nationalUnits: try ShippedData.adminUnits2024())
        }
    }

    static func review(_ text: String, options: ImportOptions) throws -> ImportReview {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bang-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return Importer.review(try ImportFile.read(url, name: "bang.txt"), options: options, context: try context)
    }

    @Test("Two tables in one sheet: each read with its title; the same columns are imported together")
    func twoTables() throws {
        let second =
            "BIỂU 02: CÁC CHỈ TIÊU XÃ HỘI\n" + Self.header + "1\tSố lao động được giải quyết việc làm\tNgười\t700\t423\t\n"
        let text = "thành phố Bắc Kạn\n" + Self.header + Self.rows + second + "Ghi chú: …\n"
        let tables = try PlanTable.readAll(TSV(text))
        #expect(tables.count == 2)
        #expect(tables.map(\.items.count) == [2, 1])
        #expect(tables[1].title == "BIỂU 02: CÁC CHỈ TIÊU XÃ HỘI")
        let review = try Self.review(text, options: ImportOptions(period: Period("2024-H1")))
        #expect(review.problems.isEmpty)
        #expect(review.plan?.targets.count == 3)
    }

    @Test("A column per year: each year's figures, «Sơ bộ» as an estimate")
    func perYearColumns() throws {
        let text =
            "tỉnh Quảng Trị\nSTT\tChỉ tiêu\tĐVT\t2021\t2022\tSơ bộ 2023\n1\tDân số trung bình\tNgười\t647.790\t649.708\t654.198\n"
        let table = try PlanTable.read(TSV(text))
        #expect(
            table.series.map(\.kind) == [
                .year(2021, preliminary: false), .year(2022, preliminary: false), .year(2023, preliminary: true),
            ])
        #expect(table.items.first?.series == ["647.790", "649.708", "654.198"])
        let review = try Self.review(text, options: ImportOptions())
        #expect(review.problems.isEmpty)
        let figures = review.changes.observations.map { "\($0.period) \($0.kind.rawValue) \($0.value)" }
        #expect(figures == ["2021 actual number(647790)", "2022 actual number(649708)", "2023 estimate number(654198)"])
    }

    @Test("A column per commune that is no commune of the table's unit is shown with its figures, not imported")
    func perCommuneColumns() throws {
        let text = "thành phố Bắc Kạn\nTT\tChỉ tiêu\tĐVT\tXã A\tXã B\n1\tTổng đàn lợn\tCon\t120\t95\n"
        let review = try Self.review(text, options: ImportOptions(period: Period("2024-H1"), year: 2024))
        #expect(review.notes.contains { $0.field == "Xã B" && $0.description.contains("Tổng đàn lợn: 95") })
        #expect(review.changes.observations.isEmpty)
    }

    /// Huyện Chư Păh's communes side by side: each column is its commune's figures for the report's period,
    /// the communes added to the database with the district; a name that is no commune of Chư Păh («Xã Tam Hợp» is in Nghệ An) is left out.
    @Test("A column per commune of the table's own unit is that commune's figures")
    func communeFigures() throws {
        let text = """
            UBND HUYỆN CHƯ PĂH
            KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024 THEO XÃ, THỊ TRẤN
            TT\tChỉ tiêu\tĐVT\tThị trấn Phú Hòa\tXã Hà Tây\tXã Ia Khươl\tXã Tam Hợp
            1\tTổng đàn lợn\tCon\t1.250\t980\t1.102\t640
            2\tTrồng rừng\tHa\t12,5\t40\t\t8
            Ghi chú: số liệu do UBND các xã báo cáo.
            """
        let review = try Self.review(text, options: ImportOptions())
        #expect(review.problems.isEmpty, "\(review.problems)")
        #expect(review.unit?.code == "627")
        let figures = review.changes.observations.map { "\($0.unitCode) \($0.period) \($0.value)" }
        #expect(
            figures == [
                "23722 2024-H1 number(1250)", "23725 2024-H1 number(980)", "23728 2024-H1 number(1102)",
                "23722 2024-H1 number(12.5)", "23725 2024-H1 number(40)",
            ])
        #expect(Set(review.changes.units.map(\.code)).isSuperset(of: ["627", "23722", "23725", "23728"]))
        #expect(review.notes.contains { $0.field == "Xã Tam Hợp" && $0.description.contains("Tổng đàn lợn: 640") })
    }

    @Test("Columns the header leaves open: the review asks, it does not refuse; a choice answers it")
    func ambiguousColumns() throws {
        let text =
            "thành phố Bắc Kạn\nTT\tChỉ tiêu\tĐVT\tKH 2024\tƯớc TH 6 tháng\tƯớc TH cả năm\n1\tThu ngân sách\tTỷ đồng\t317\t150\t320\n"
        let asked = try Self.review(text, options: ImportOptions(period: Period("2024-H1")))
        #expect(asked.problems.isEmpty)
        #expect(asked.questions.map(\.headers) == [["Ước TH 6 tháng", "Ước TH cả năm"]])
        #expect(asked.questions.first?.message.contains("--column \"Thực hiện=Ước TH 6 tháng\"") == true)
        #expect(!asked.canApply)
        let chosen = ImportOptions(period: Period("2024-H1"), columns: [.value: "uoc th ca nam"])
        let answered = try Self.review(text, options: chosen)
        #expect(answered.questions.isEmpty && answered.problems.isEmpty)
        #expect(answered.changes.observations.map(\.value) == [.number(320)])
        let wrong = try Self.review(text, options: ImportOptions(period: Period("2024-H1"), columns: [.value: "Lũy kế"]))
        #expect(wrong.problems.first?.description.contains("Không có cột này") == true)
    }
}
