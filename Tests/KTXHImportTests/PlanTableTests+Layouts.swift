import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHTestSupport
import Testing

/// Tables as offices lay them out: one test per rule of docs/import.md, "Where the table is".
@Suite("Plan tables as offices make them")
struct PlanTableLayoutTests {
    static let title =
        "UBND HUYỆN A\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBIỂU TỔNG HỢP NĂM 2024\n(Số liệu đến ngày 30/6/2024)\n"
    static let header = "TT\tChỉ tiêu\tĐVT\tKH năm 2024\tThực hiện 6 tháng\tĐánh giá\n"
    static let rows = "1\tThu ngân sách\tTỷ đồng\t317\t150\tChưa đạt\n2\tTổng đàn lợn\tCon\t21.000\t15.719\tChưa đạt\n"

    @Test("A «Ghi chú», «Nguồn» or footnote line ends the table, it is not a row without a name")
    func noteEndsTable() throws {
        let text = Self.title + Self.header + Self.rows + "\nGhi chú: số ước.\n(1) Giá so sánh 2010.\nNguồn: Chi cục Thống kê.\n"
        let table = try PlanTable.read(TSV(text))
        #expect(table.headerLine == 4)
        #expect(table.items.map(\.name) == ["Thu ngân sách", "Tổng đàn lợn"])
    }

    @Test("A signature block ends the table: «Người lập biểu», «TM. ỦY BAN NHÂN DÂN», «CHỦ TỊCH», the names")
    func signatureEndsTable() throws {
        let text =
            Self.header + Self.rows + "NGƯỜI LẬP BIỂU\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\tCHỦ TỊCH\nLê Thị C\t\t\tNguyễn Văn A\n"
        #expect(try PlanTable.read(TSV(text)).items.count == 2)
        let bold = Self.header + Self.rows + "**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n"
        #expect(try PlanTable.read(TSV(bold)).items.count == 2)
    }

    @Test("Two-row header: «Thực hiện 6 tháng» merged over «Số lượng | % KH | % cùng kỳ»")
    func twoRowHeader() throws {
        let top = "STT\tChỉ tiêu\tĐVT\tThực hiện 6 tháng\tThực hiện 6 tháng\tThực hiện 6 tháng\tGhi chú\n"
        let bottom = "STT\tChỉ tiêu\tĐVT\tSố lượng\t% KH năm\t% tăng so cùng kỳ\tGhi chú\n"
        let table = try PlanTable.read(TSV(top + bottom + "1\tTổng diện tích gieo trồng\tHa\t5.339,3\t46,13\t9,72\t\n"))
        #expect(table.columns[.value] == 3)
        #expect(table.checks == [4, 5])
        #expect(table.questions.isEmpty)
        #expect(table.items.first?.value == "5.339,3")
        #expect(table.headers[3] == "Thực hiện 6 tháng – Số lượng")
    }

    @Test("Percentage columns (% KH, TH/KH, Tỷ lệ, So sánh (%)) check the figures and are never read as one")
    func percentColumnsIgnored() throws {
        let top = "Số TT\tTên chỉ tiêu\tĐVT\tƯớc thực hiện cả năm 2023\tSo sánh (%)\tSo sánh (%)\n"
        let bottom = "Số TT\tTên chỉ tiêu\tĐVT\tƯớc thực hiện cả năm 2023\tTH/KH\tTH/CK\n"
        let table = try PlanTable.read(TSV(top + bottom + "1\tTổng giá trị sản xuất\tTỷ đồng\t14.759,03\t99,59\t108,44\n"))
        #expect(table.columns[.value] == 3)
        #expect(table.columns[.previous] == nil)
        #expect(table.checks == [4, 5])
        let single = try PlanTable.read(TSV("TT\tNội dung\tĐơn vị tính\tKH\tTH\tTỷ lệ (%)\n1\tLúa\tHa\t52\t53,5\t102,9\n"))
        #expect(single.columns[.value] == 4 && single.checks == [5])
    }

    @Test(
        "Header words across provinces",
        arguments: [
            ("Số TT", PlanTable.Column.number), ("Danh mục", .name), ("Tên chỉ tiêu", .name), ("Nội dung", .name),
            ("Đơn vị", .unit), ("NQ giao", .plan), ("Chỉ tiêu giao năm 2024", .plan), ("Chỉ tiêu Nghị quyết", .plan),
            ("Mục tiêu năm 2024", .plan), ("Lũy kế 9 tháng", .value), ("Kết quả 6 tháng", .value),
            ("Ước thực hiện cả năm 2023", .value), ("Cùng kỳ năm 2022", .previous), ("Năm trước", .previous),
        ])
    func headerSynonyms(header: String, column: PlanTable.Column) throws {
        let table = try PlanTable.read(TSV("x\t\(header)\tChỉ tiêu\tThực hiện\tKH\n"))
        #expect(table.columns[column] == 1, "\(header)")
    }

    @Test("Check headers", arguments: ["% KH", "TH/KH", "Tỷ lệ (%)", "Đạt % KH", "% NQ HĐND", "Tăng (+)/giảm (-) so CK"])
    func checkHeaders(header: String) throws {
        let table = try PlanTable.read(TSV("x\t\(header)\tChỉ tiêu\tThực hiện\n"))
        #expect(table.checks == [1], "\(header)")
    }
}
