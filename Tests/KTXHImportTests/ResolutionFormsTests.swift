import Foundation
import KTXHImport
import KTXHReading
import Testing

/// Forms the public corpus taught after its later batches: an infographic's text, a report of results that quotes
/// its plan, a congress report that looks back on the last term before it sets the next one's targets.
@Suite("Targets in the forms news pages and reports take")
struct ResolutionFormsTests {
    let reading = ResolutionLayoutTests()

    @Test("An infographic's text: a name on one line, its figure alone on the next, icons read as \"0 \"")
    func infographic() {
        let text = """
            Đảng bộ tỉnh và những chỉ tiêu quan trọng nhiệm kỳ 2020 - 2025

            Tốc độ tăng trưởng kinh tế bình quân
            >10%
            0 Thu ngân sách trên địa bàn đến năm 2025 đạt trên 28 nghìn tỷ đồng
            Tỷ lệ bao phủ bảo hiểm y tế ;
            > 95%
            """
        reading.expect(
            text,
            [
                ("tốc độ tăng trưởng kinh tế", ">", 10, nil, "%", "increase"),
                ("thu ngân sách trên địa bàn", ">", 28, nil, "nghìn tỷ đồng", nil),
                ("bảo hiểm y tế", ">", 95, nil, "%", nil),
            ])
    }

    @Test("A report of results quotes each plan after it (/KH, (KH …)): the plan is read, the result is not")
    func planQuotedInResults() {
        let text = """
            Năm 2022, tổng giá trị sản xuất ước tăng 11,07% so với năm 2021 (KH tăng 8-9%). Trong đó, khu vực nông \
            nghiệp ước tăng 8,31%/KH tăng 3-4%, khu vực dịch vụ ước tăng 12,30%/KH tăng 9-10%. Thu ngân sách trên địa \
            bàn ước đạt 285 tỷ đồng, tăng 18,4%/KH tăng 10-12%. Tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con, \
            đàn lợn 61.280 con/KH 43.000-45.000 con.
            """
        reading.expect(
            text,
            [
                ("tổng giá trị sản xuất", "range", 8, 9, "%", "increase"),
                ("khu vực nông nghiệp", "range", 3, 4, "%", "increase"),
                ("khu vực dịch vụ", "range", 9, 10, "%", "increase"),
                ("thu ngân sách trên địa bàn", "range", 10, 12, "%", "increase"),
                ("tổng đàn trâu, bò", "range", 16200, 16500, "con", nil),
                ("đàn lợn", "range", 43000, 45000, "con", nil),
            ])
    }

    @Test("A congress report: the last term's results, then the next term's targets")
    func lastTermThenNext() {
        let text = """
            Đại hội Đảng bộ xã lần thứ XIX, nhiệm kỳ 2020-2025

            Nhiệm kỳ 2015 - 2020, xã hoàn thành các chỉ tiêu về kinh tế, với nhiều chỉ tiêu vượt Nghị quyết đề ra. Thu \
            nhập bình quân đầu người đạt 30,8 triệu đồng; sản lượng lương thực đạt 107% kế hoạch, đến năm 2019 đạt 125% \
            kế hoạch giao. Đảng bộ hiện có 37 tổ chức cơ sở đảng.

            Nhiệm kỳ 2020-2025, xã phấn đấu tổng sản lượng lương thực đạt 3.600 tấn; tỷ lệ hộ nghèo giảm dưới 0,5%; \
            tổng vốn đầu tư đạt 2.000 - 2.100 tỷ đồng.
            """
        reading.expect(
            text,
            [
                ("tổng sản lượng lương thực", "=", 3600, nil, "tấn", nil),
                ("tỷ lệ hộ nghèo", "<", 0.5, nil, "%", nil),
                ("tổng vốn đầu tư", "range", 2000, 2100, "tỷ đồng", nil),
            ])
    }

    @Test("A news lead states a target its list bounds: the bound is kept; a place before phấn đấu names nothing")
    func leadThenBound() {
        let text = """
            Thành phố phấn đấu GRDP tăng 10%/năm, GRDP bình quân đầu người đạt khoảng 215 triệu đồng.

            Trong 29 chỉ tiêu chủ yếu, thành phố phấn đấu GRDP tăng bình quân từ 10%/năm; thu ngân sách tăng 15%/năm.

            Ðắk Glong phấn đấu đạt 12,4 giường bệnh/vạn dân.
            """
        reading.expect(
            text,
            [
                ("GRDP bình quân đầu người", "=", 215, nil, "triệu đồng", nil),
                ("GRDP", "≥", 10, nil, "%", "increase"),
                ("thu ngân sách", "=", 15, nil, "%", "increase"),
                ("giường bệnh/vạn dân", "=", 12.4, nil, "giường bệnh/vạn dân", nil),
            ])
    }
}
