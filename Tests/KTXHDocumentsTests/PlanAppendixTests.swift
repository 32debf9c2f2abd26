import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHDocuments

/// Seed 000's appendix "Một số chỉ tiêu nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh thành phố Bắc Kạn năm
/// 2025" (lines 176-241) reproduced.
@Suite("Plan appendix")
struct PlanAppendixTests {
    func appendix(extra: [Observation] = []) throws -> PlanAppendix {
        let plan = try DemoFixture.plan("058-2025")
        let table = plan.table(.year(2024), extra: extra)
        return PlanAppendix(
            previousYear: table,
            details: .defaults(plan: table.plan, unit: table.unit, period: table.plan.term, kind: .resolution))
    }

    @Test("Title, Kèm theo line and every KH 2025 cell as seed 000 writes them")
    func seedRows() throws {
        let appendix = try appendix()
        #expect(appendix.title == "MỘT SỐ CHỈ TIÊU NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH THÀNH PHỐ BẮC KẠN NĂM 2025")
        #expect(appendix.attachmentLine.hasPrefix("(Kèm theo Nghị quyết số"))
        #expect(appendix.attachmentLine.hasSuffix("/NQ-HĐND ngày 17/12/2024 của HĐND thành phố)"))
        let table = appendix.reportTable
        #expect(table.columns.map(\.header) == ["STT", "Chỉ tiêu", "Đơn vị tính", "KH 2025"])
        let items = table.rows.compactMap { row -> [String]? in
            if case .item(let cells, _) = row { cells.map(\.text) } else { nil }
        }
        let seed = try SeedFixture.text("000").components(separatedBy: "\n")
        let start = try #require(seed.firstIndex { $0.contains("<b>STT</b>") })
        var checked = 0
        for line in seed[(start + 1)...] {
            let cells = line.components(separatedBy: "\t")
            guard cells.count == 4, let number = Int(cells[0]) else { continue }
            let row = try #require(items.first { $0[0] == String(number) }, "seed 000 row \(number)")
            // Row 42 writes its target in the unit column; the appendix puts it where it belongs.
            #expect(row[3] == (cells[3].isEmpty ? cells[2] : cells[3]), "seed 000 row \(number): «\(row[3])»")
            checked += 1
        }
        #expect(checked == 45)
    }

    @Test("The previous year's figures make a column of their own, headed Ước TH when all are estimates")
    func previousYear() throws {
        let estimate = Observation(
            indicatorCode: "thu-nsnn", unitCode: "058", period: .year(2024), value: .number(330), kind: .estimate)
        let appendix = try appendix(extra: [estimate])
        #expect(appendix.reportTable.columns.map(\.header).last == "Ước TH 2024")
        let row = appendix.reportTable.rows.compactMap { row -> [String]? in
            if case .item(let cells, _) = row { cells.map(\.text) } else { nil }
        }.first { $0[0] == "1" }
        #expect(row == ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "346", "330"])
    }
}
