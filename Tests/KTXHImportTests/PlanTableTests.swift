import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHTestSupport
import Testing

@Suite("Plan tables")
struct PlanTableTests {
    /// Seed 001's table exactly as the seed's text extraction has it: `<b>` markup, blank lines, "&amp;".
    func seed001Table() throws -> PlanTable {
        let lines = try SeedFixture.text("001").components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("STT\tChỉ tiêu") })
        return try PlanTable.read(TSV(lines[start...].joined(separator: "\n")), file: "001")
    }

    @Test("Seed 001's table: columns by header, sections, sub-rows")
    func seed001() throws {
        let table = try seed001Table()
        #expect(table.columns[.number] == 0)
        #expect(table.columns[.value] == 4)
        #expect(table.columns[.statedLabel] == 5)
        #expect(table.planYear == 2024)
        let sections = table.rows.compactMap { if case .section(let label, _) = $0.kind { label } else { nil } }
        #expect(sections == ["A", "B", "C", "I", "II", "III", "IV", "D", "E"])
        #expect(table.items.count == 50)
        let pigs = try #require(table.items.first { $0.name == "Đàn lợn" })
        #expect(pigs.isSubRow)
        #expect(pigs.plan == "21.000")
        #expect(table.items.first { $0.number == "3" }?.plan == ">4.000")
    }

    @Test("Columns are found by header in any order, with or without accents")
    func headerVariants() throws {
        let text =
            "Bảng tổng hợp\nDon vi tinh\tTT\tTen chi tieu\tKH 2025\tUoc TH 2024\tGhi chu\n%\t1\tTỷ lệ hộ nghèo\t1,63\t1,89\t\n"
        let table = try PlanTable.read(TSV(text))
        #expect(table.columns[.unit] == 0)
        #expect(table.columns[.number] == 1)
        #expect(table.columns[.plan] == 3)
        #expect(table.columns[.value] == 4)
        #expect(table.items.first?.name == "Tỷ lệ hộ nghèo")
        #expect(table.planYear == 2025)
    }

    @Test("A table without a «Chỉ tiêu» column is refused with a Vietnamese message")
    func noHeader() {
        #expect(throws: ImportErrors.self) { try PlanTable.read(TSV("a\tb\n1\t2\n")) }
    }

    @Test("A cell that is not a Vietnamese number is reported with its line, column and value")
    func badFigure() throws {
        let catalogue = Catalogue([Indicator(code: "x", name: "Thu ngân sách", unitOfMeasure: "Tỷ đồng")])
        let table = try PlanTable.read(TSV("STT\tChỉ tiêu\tĐVT\tKH 2024\tThực hiện\n1\tThu ngân sách\tTỷ đồng\t317\t1,889.5\n"))
        let plan = Plan(key: "k", title: "t", issuer: .council, issuerName: "HĐND", unitCode: "058", term: .year(2024))
        do {
            _ = try PlanTableImport.make(table: table, plan: plan, catalogue: catalogue, period: Period("2024-H1"), file: "a.tsv")
            Issue.record("the import should fail")
        } catch {
            let message = error.description
            #expect(message.contains("dòng 2"))
            #expect(message.contains("Thực hiện"))
            #expect(message.contains("«1,889.5»"))
        }
    }

    @Test("Names match after NFC, case, spacing, tỉ/tỷ and a trailing period")
    func matching() {
        let catalogue = Catalogue([
            Indicator(code: "a", name: "Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", unitOfMeasure: "%")
        ])
        let nfd = "Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hoá.".decomposedStringWithCanonicalMapping
        #expect(catalogue.match(nfd)?.code == "a")
        #expect(catalogue.match("  TỶ LỆ cơ quan,  đơn vị, doanh nghiệp đạt chuẩn văn hóa ")?.code == "a")
        #expect(catalogue.match("Tỷ lệ hộ nghèo") == nil)
    }

    @Test("Figure cells: numbers, X/Y, yes/no and sentences")
    func observedValues() throws {
        let indicator = Indicator(code: "x", name: "x", unitOfMeasure: "%")
        #expect(try ObservedValue.parse("1.889", indicator: indicator) == .number(1889))
        #expect(try ObservedValue.parse("76/76", indicator: indicator) == .ratio(numerator: 76, denominator: 76))
        #expect(try ObservedValue.parse("Đạt", indicator: indicator) == .yesNo(true))
        #expect(try ObservedValue.parse("giảm 02 người chết", indicator: indicator) == .text("giảm 02 người chết"))
        #expect(throws: NumberFormatError.self) { try ObservedValue.parse("1..2", indicator: indicator) }
    }

    @Test("The catalogue reports every bad cell with its line and column")
    func catalogueErrors() {
        let text = """
            code\tname\tunit\tsection\tparent\tkind\tdirection\taccumulation\tyear_end_only\tdepartment\taliases
            a\tA\t%\t\t\trate\tsideways\tstock\tno\t\t
            b\tB\t%\t\tzzz\trate\tup\tstock\tmaybe\t\t
            """
        do {
            _ = try Catalogue.read(TSV(text), file: "indicators.tsv")
            Issue.record("the catalogue should be refused")
        } catch {
            #expect(error.errors.contains { $0.line == 2 && $0.field == "direction" && $0.value == "sideways" })
            #expect(error.errors.contains { $0.line == 3 && $0.field == "year_end_only" })
        }
    }
}
