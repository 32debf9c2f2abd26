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

    @Test("A session's report: last year's review and results, then the year's plan; only the plan is read")
    func resultsBeforeThePlan() {
        let text = """
            Ngày 8/12, HĐND tỉnh đã thông qua Nghị quyết tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm \
            2024, với tốc độ tăng trưởng kinh tế đạt 7,2%. Chỉ số sản xuất công nghiệp tăng 9,1%; giá trị sản xuất \
            nông nghiệp tăng 3,4%.
            HĐND tỉnh biểu quyết thông qua Nghị quyết tình hình thực hiện kế hoạch năm 2024 và mục tiêu nhiệm vụ năm 2025.

            Thu nhập bình quân đầu người đạt 68,5 triệu đồng. Kim ngạch xuất khẩu đạt 1,2 tỷ USD. Cơ cấu kinh tế: \
            công nghiệp, xây dựng 41,2%; dịch vụ 38,5%; nông nghiệp 20,3%.

            Toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.

            Tính đến cuối năm 2024, tỷ lệ hộ nghèo là 3,1%; tổng vốn đầu tư đạt 30.000 tỷ đồng (vượt kế hoạch đề ra).

            Năm 2025, tỉnh phấn đấu: tốc độ tăng trưởng kinh tế đạt 8%; thu nhập bình quân đầu người đạt 75 triệu \
            đồng; kim ngạch xuất khẩu đạt 1,4 tỷ USD; thu hút 400 triệu USD vốn FDI.
            """
        reading.expect(
            text,
            [
                ("tốc độ tăng trưởng kinh tế", "=", 8, nil, "%", "increase"),
                ("thu nhập bình quân đầu người", "=", 75, nil, "triệu đồng", nil),
                ("kim ngạch xuất khẩu", "=", 1.4, nil, "tỷ USD", nil),
                ("thu hút vốn FDI", "=", 400, nil, "triệu USD", nil),
            ])
    }

    @Test("Ranges said with đến, bounds before the name, multiples of a base, exclusions and glued figures")
    func figuresAsOfficesWriteThem() {
        let text = """
            Theo Kế hoạch thực hiện Nghị quyết 29 của Ban Chấp hành Trung ương, huyện phấn đấu đến năm 2025: từ 80 \
            đến 90% gia đình được công nhận “Gia đình văn hóa”; 85% trở lên thôn, khu phố được công nhận “Làng văn \
            hóa”; giá trị sản xuất đạt gần11.000 tỷ đồng; tổng sản phẩm bình quân đầu người bằng 1,7 lần so với năm \
            2020; thu ngân sách tăng bình quân 15%/năm sau khi loại trừ thu tiền sử dụng đất; giảm hộ nghèo xuống mức \
            3,5%; tỉ lệ giảm nghèo đa chiều chiếm dưới 1,5%.
            """
        reading.expect(
            text,
            [
                ("gia đình được công nhận “Gia đình văn hóa”", "range", 80, 90, "%", nil),
                ("thôn, khu phố được công nhận", "≥", 85, nil, "%", nil),
                ("giá trị sản xuất", "=", 11000, nil, "tỷ đồng", nil),
                ("tổng sản phẩm bình quân đầu người", "=", 1.7, nil, "lần", "increase"),
                ("thu ngân sách", "=", 15, nil, "%", "increase"),
                ("hộ nghèo", "=", 3.5, nil, "%", nil),
                ("tỉ lệ giảm nghèo đa chiều", "<", 1.5, nil, "%", nil),
            ])
    }

    @Test("A table copied onto one line, its cells apart by runs of spaces, reads as its rows")
    func tableOnOneLine() {
        let text =
            "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2022  Stt  Chỉ tiêu  Kế hoạch năm 2022  I  Kinh tế  1  Tốc độ tăng trưởng GRDP  "
            + "tăng 7 - 7,5%  2  Kim ngạch xuất khẩu (triệu USD)  >950  3  nhập khẩu phấn đấu (triệu USD)  600  II  Xã "
            + "hội  4  Tỷ lệ hộ nghèo  0,5%  5  Tỉ lệ che phủ rừng (%)  57"
        reading.expect(
            text,
            [
                ("tốc độ tăng trưởng GRDP", "range", 7, 7.5, "%", "increase"),
                ("kim ngạch xuất khẩu", ">", 950, nil, "triệu USD", nil),
                ("nhập khẩu", "=", 600, nil, "triệu USD", nil),
                ("tỷ lệ hộ nghèo", "=", 0.5, nil, "%", nil),
                ("che phủ rừng", "=", 57, nil, "%", nil),
            ])
    }

    @Test("Figures for two cases in brackets, a breakdown whose figures are on the next line, ages and levels")
    func casesBreakdownsAndAges() {
        let news = """
            Năm 2023, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 7,5% (có nhiệt điện) và 7,75% (không nhiệt điện); \
            phổ cập giáo dục mầm non cho trẻ em 5 tuổi; 100% thôn, bản có nhà văn hóa, tỷ lệ hộ dùng điện đạt 99%. \
            Năm 2025 là năm đầu tiên xã vận hành theo mô hình chính quyền địa phương 2 cấp.
            """
        reading.expect(
            news,
            [
                ("tốc độ tăng trưởng kinh tế (có nhiệt điện)", "=", 7.5, nil, "%", "increase"),
                ("tốc độ tăng trưởng kinh tế (không nhiệt điện)", "=", 7.75, nil, "%", "increase"),
                ("thôn, bản có nhà văn hóa", "=", 100, nil, "%", nil),
                ("tỷ lệ hộ dùng điện", "=", 99, nil, "%", nil),
            ])
        let list = """
            CÁC CHỈ TIÊU CHỦ YẾU
            a) Thu ngân sách đạt 1.200 tỷ đồng;
            b) Cơ cấu kinh tế:
            Khu vực I: 33,10%; Khu vực II: 21,64%; thuế sản phẩm:
            3,30%;
            """
        reading.expect(
            list,
            [
                ("thu ngân sách", "=", 1200, nil, "tỷ đồng", nil),
                ("cơ cấu kinh tế khu vực I", "=", 33.1, nil, "%", nil),
                ("cơ cấu kinh tế khu vực II", "=", 21.64, nil, "%", nil),
                ("cơ cấu kinh tế thuế sản phẩm", "=", 3.3, nil, "%", nil),
            ])
    }
}
