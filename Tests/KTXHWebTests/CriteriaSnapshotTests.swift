import Foundation
import KTXHCore
import Testing

@testable import KTXHWeb

/// The criteria pages as a person reads them, pinned from fixed view-models.
extension PageSnapshotTests {
    @Test func criteriaMatrixPage() throws {
        try assertSnapshot(CriteriaMatrixPage.mock.view().render(), named: "criteria-matrix")
    }

    @Test func criteriaSheetPage() throws {
        try assertSnapshot(CriteriaSheetPage.mock.view().render(), named: "criteria-sheet")
    }
}

extension CriteriaMatrixPage {
    static var mock: CriteriaMatrixPage {
        let link = "/criteria/units/01852/2011"
        return CriteriaMatrixPage(
            heading: "Kết quả thực hiện Bộ tiêu chí nông thôn mới năm 2011: Thành Phố Bắc Kạn",
            setName: "Bộ tiêu chí quốc gia về nông thôn mới (Quyết định 491/QĐ-TTg ngày 16/4/2009)",
            criteria: [("3", "Thủy lợi"), ("8", "Bưu điện"), ("12", "Cơ cấu lao động")],
            lines: [
                Line(
                    name: "Xã Nông Thượng", link: link,
                    cells: [
                        .init(status: .met, link: link), .init(status: .notMet, link: link),
                        .init(status: .undetermined, link: link),
                    ],
                    count: "1/3", standard: .notMet, recognition: nil)
            ],
            totals: ["1/1", "0/1", "0/1"], summary: "0/1 xã đạt chuẩn", unreported: ["Xã Huyền Tụng (01846)"],
            discrepancies: [
                CriteriaDiscrepancy(
                    subject: "Tiêu chí 8 (Bưu điện)", stated: "Đạt", computed: "Chưa đạt",
                    detail: "Văn bản đánh dấu đạt, nhưng chỉ tiêu 8.2 chưa đạt", source: "Báo cáo 228/BC-UBND, mục I.1.3")
            ],
            yearLinks: [("2011", "/criteria/matrix/058/2011"), ("2020", "/criteria/matrix/058/2020")])
    }
}

extension CriteriaSheetPage {
    static var mock: CriteriaSheetPage {
        CriteriaSheetPage(
            heading: "Xã Nông Thượng: kết quả Bộ tiêu chí năm 2020",
            setName: "Bộ tiêu chí xã nông thôn mới tỉnh Bắc Kạn giai đoạn 2017-2020 (Quyết định 734/QĐ-UBND ngày 29/5/2017)",
            count: "19/19", standard: .met,
            recognitions: ["Năm 2017: Quyết định số 2319/QĐ-UBND ngày 29/12/2017 của UBND tỉnh Bắc Kạn"],
            rows: [
                Row(
                    criterion: "2", criterionName: "Giao thông", criterionStatus: .met, opensCriterion: true, number: "2.3",
                    name: "Đường ngõ, xóm sạch và không lầy lội vào mùa mưa", value: "100%; cứng hóa: 63,54%",
                    written: "63,54% (cứng hóa 7,528/11,848 km)", threshold: "100% (50% cứng hóa)", status: .met,
                    reason: "100 = 100; cứng hóa: 63,54 vượt 50", warnings: []),
                Row(
                    criterion: "5", criterionName: "Trường học", criterionStatus: .met, opensCriterion: true, number: "5",
                    name: "Tỷ lệ trường học các cấp có cơ sở vật chất đạt chuẩn quốc gia", value: "70%",
                    written: "70% (2/3 trường)", threshold: "70%", status: .met, reason: "70 = 70",
                    warnings: ["Ghi 70% nhưng 2/3 = 66,67% (theo tỷ số thì chưa đạt)"]),
            ],
            discrepancies: [
                CriteriaDiscrepancy(
                    subject: "Chỉ tiêu 5", stated: "70% (2/3 trường)",
                    computed: "Ghi 70% nhưng 2/3 = 66,67% (theo tỷ số thì chưa đạt)",
                    detail: "Số liệu tự mâu thuẫn", source: "Số liệu của đơn vị")
            ],
            matrixLink: "/criteria/matrix/058/2020")
    }
}
