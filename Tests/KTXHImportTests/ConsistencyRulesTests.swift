import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHImport
@testable import KTXHReading

/// The rules behind the findings, each on a document small enough to read in the test.
@Suite("Consistency rules")
struct ConsistencyRulesTests {
    @Test("Sub-rows add up to their total row: seed 001's herd does, and one changed figure is found")
    func subRows() throws {
        let seed = try SeedFixture.text("001")
        // 15.719 + 203.203 + 584 + 1.373 = 220.879 and 21.000 + 300.000 + 580 + 1.200 = 322.780, as the table says.
        #expect(!ConsistencyCheck.findings(in: seed).contains { $0.kind == .subRowsSum })
        let goats = "\t- Đàn dê\tCon\t1.200\t1.373\t"
        #expect(seed.contains(goats))
        let changed = seed.replacingOccurrences(of: goats, with: "\t- Đàn dê\tCon\t1.500\t1.374\t")
        let findings = ConsistencyCheck.findings(in: changed).filter { $0.kind == .subRowsSum }
        #expect(findings.map(\.values) == [["322.780", "323.080"], ["220.879", "220.880"]])
        #expect(findings.first?.locations.map(\.line) == [457, 458, 459, 460, 461])
    }

    @Test("Rates and «trong đó» lists are not added up")
    func subRowsNotAdded() {
        let table = """
            STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024\tTiến độ thực hiện
            1\tTỷ lệ tiếp nhận, giải quyết tin báo tố giác tội phạm, trong đó:\t\t\t
            \t- Tỷ lệ tiếp nhận, xử lý tin báo\t%\t100\t100
            \t- Tỷ lệ giải quyết tin báo\t%\t90\t75
            2\tTổng đàn\tCon\t1.000\t900
            \t- Đàn lợn, trong đó có lợn nái\tCon\t600\t500
            \t- Đàn gà\tCon\t300\t300
            """
        let findings = ConsistencyCheck.findings(in: table).filter { $0.kind == .subRowsSum }
        // Only row 2, whose parts (600 + 300, 500 + 300) fall short of 1.000 and 900.
        #expect(findings.map(\.values) == [["1.000", "900"], ["900", "800"]])
    }

    @Test("One phrase repeated is two events; a passage repeated in order with other figures is a contradiction")
    func restatement() {
        let twoEvents =
            "Kiểm tra 66 lượt cơ sở kinh doanh dịch vụ ăn uống. Tuyên truyền, nhắc nhở 19 lượt cơ sở kinh doanh dịch vụ ăn uống."
        #expect(ConsistencyCheck.findings(in: twoEvents).isEmpty)
        let twice =
            "Cấp 12 giấy phép xây dựng nhà ở riêng lẻ và 03 giấy phép sửa chữa cải tạo công trình. "
            + "Tiếp nhận 40 hồ sơ. Cấp 14 giấy phép xây dựng nhà ở riêng lẻ; 03 giấy phép sửa chữa cải tạo công trình."
        let findings = ConsistencyCheck.findings(in: twice).filter { $0.kind == .restatement }
        // The repeated 03 agrees; 12 and 14 do not.
        #expect(findings.map(\.values) == [["12", "14"]])
    }

    @Test(
        "Two people's writings of one rate agree to the digits of the coarser",
        arguments: [
            ("93,33%", "93,30%", true), ("14,28%", "14,29%", true), ("1,2%", "1,20%", true), ("77,8%", "80%", false),
            ("86,48%", "88%", false), ("25,79%", "25,79%", true),
        ])
    func statedFigures(_ a: String, _ b: String, _ agree: Bool) throws {
        let x = try #require(WrittenFigure.scan(Array(a)).first)
        let y = try #require(WrittenFigure.scan(Array(b)).first)
        #expect(StatedFigures.agree(x, y) == agree)
    }

    @Test(
        "Two wordings of one target disagree only where a figure meets one and not the other",
        arguments: [
            ("75% trở lên", "75", nil), ("từ 90% trở lên", ">90", "90"), ("≥ 99", "từ 99% trở lên", nil),
            ("dưới 1,1%", "<1,1", nil), ("346", "317", "317"), ("giảm tai nạn giao thông", "Giảm 03 tiêu chí", nil),
        ] as [(String, String, String?)])
    func agreement(_ text: String, _ table: String, _ differsAt: String?) {
        let found = TargetAgreement.disagreement(
            TargetExpression.parse(text), TargetExpression.parse(table), direction: .up)
        #expect(found.map { VietnameseNumber.format($0.value) } == differsAt)
    }

    @Test("A resolution's text against its appendix: only the target that judges a figure differently is reported")
    func resolutionAppendix() throws {
        let document = """
            NGHỊ QUYẾT
            Về nhiệm vụ phát triển kinh tế - xã hội năm 2025

            Điều 2. Các chỉ tiêu chủ yếu
            1. Tỷ lệ lao động qua đào tạo đạt 75% trở lên; tỷ lệ trẻ em được tiêm chủng đầy đủ từ 90% trở lên.
            2. Trồng rừng mới 160 ha.
            Điều 3. Tổ chức thực hiện
            STT\tChỉ tiêu\tĐơn vị tính\tKH 2025
            1\tTỷ lệ lao động qua đào tạo\t%\t75
            2\tTỷ lệ trẻ em được tiêm chủng đầy đủ\t%\t>90
            3\tTrồng rừng\tHa\t150
            """
        let findings = ConsistencyCheck.findings(in: document)
        #expect(findings.map(\.kind) == [.targetMismatch, .targetMismatch])
        #expect(findings.map(\.values) == [["từ 90% trở lên", ">90"], ["160 ha", "150"]])
        #expect(findings.first?.locations.map(\.line) == [5, 10])
        // The same document as a report is not a resolution: its text states results, not targets.
        let report = document.replacingOccurrences(of: "NGHỊ QUYẾT", with: "BÁO CÁO")
        #expect(!ConsistencyCheck.findings(in: report).contains { $0.kind == .targetMismatch })
    }
}
