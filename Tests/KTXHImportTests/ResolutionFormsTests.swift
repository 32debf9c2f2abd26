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

    @Test("Parts named in a row and their figures after them, in the same order (tương ứng, lần lượt)")
    func respectiveFigures() {
        let dashes = """
            Mục tiêu giai đoạn 2021-2025, cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ của huyện tương ứng \
            36,20% - 34,50% - 29,30%, giai đoạn 2026-2030 tương ứng 34,60% - 35,50% - 29,90%.
            """
        reading.expect(
            dashes,
            [
                ("cơ cấu kinh tế nông nghiệp", "=", 36.2, nil, "%", nil),
                ("cơ cấu kinh tế công nghiệp", "=", 34.5, nil, "%", nil),
                ("cơ cấu kinh tế dịch vụ", "=", 29.3, nil, "%", nil),
                ("cơ cấu kinh tế nông nghiệp", "=", 34.6, nil, "%", nil),
                ("cơ cấu kinh tế công nghiệp", "=", 35.5, nil, "%", nil),
                ("cơ cấu kinh tế dịch vụ", "=", 29.9, nil, "%", nil),
            ])
        let commas = """
            Năm 2020, tỉnh phấn đấu tỷ trọng giá trị sản xuất nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 60%, \
            28%, 12%; tỷ trọng chăn nuôi đạt 35% trong cơ cấu nội bộ ngành nông nghiệp.
            """
        reading.expect(
            commas,
            [
                ("tỷ trọng giá trị sản xuất nông nghiệp", "=", 60, nil, "%", nil),
                ("tỷ trọng giá trị sản xuất thủy sản", "=", 28, nil, "%", nil),
                ("tỷ trọng giá trị sản xuất lâm nghiệp", "=", 12, nil, "%", nil),
                ("tỷ trọng chăn nuôi", "=", 35, nil, "%", nil),
            ])
    }

    @Test("A plan's two horizons, a term's first targets, a change's least and its range said before the name")
    func horizonsAndChanges() {
        let plan = """
            Tỉnh đặt mục tiêu giá trị xuất khẩu năm 2020 đạt khoảng 200 triệu USD, đến năm 2030 đạt khoảng 700 triệu USD.
            Tỷ lệ đô thị hóa đạt khoảng 25% đến năm 2020; đến năm 2030, tỷ lệ đô thị hóa đạt khoảng 35%.
            Về môi trường, tỷ lệ che phủ rừng năm 2020 đạt khoảng 63%.
            Giai đoạn 2016 - 2020 và 2021 - 2030, tỉnh tiếp tục phát triển nông nghiệp.
            """
        reading.expect(
            plan,
            [
                ("giá trị xuất khẩu", "=", 200, nil, "triệu USD", nil),
                ("giá trị xuất khẩu", "=", 700, nil, "triệu USD", nil),
                ("tỷ lệ đô thị hóa", "=", 25, nil, "%", nil),
                ("tỷ lệ đô thị hóa", "=", 35, nil, "%", nil),
                ("tỷ lệ che phủ rừng", "=", 63, nil, "%", nil),
            ])
        let changes = """
            Với mục tiêu đến năm 2020, 24 ấp của 04 xã: Tỷ lệ hộ nghèo giảm ít nhất 3-4%/năm; thu nhập của người dân \
            tăng ít nhất từ 1,6 đến 1,8 lần so với năm 2015. Tỉnh đặt mục tiêu mỗi năm giảm từ 2 đến 2,5% tỷ lệ hộ \
            cận nghèo. Theo đó, huyện phấn đấu tăng trưởng đàn trâu, bò đạt 23.577 con; đưa tỷ trọng ngành chăn nuôi \
            chiếm 31,5% trong cơ cấu ngành nông nghiệp và tăng 2,7% so với năm 2017.
            """
        reading.expect(
            changes,
            [
                ("tỷ lệ hộ nghèo", "range", 3, 4, "%", "decrease"),
                ("thu nhập của người dân", "range", 1.6, 1.8, "lần", "increase"),
                ("tỷ lệ hộ cận nghèo", "range", 2, 2.5, "%", "decrease"),
                ("đàn trâu, bò", "=", 23577, nil, "con", nil),
                ("tỷ trọng ngành chăn nuôi", "=", 31.5, nil, "%", nil),
                ("tỷ trọng ngành chăn nuôi", "=", 2.7, nil, "%", "increase"),
            ])
    }

    @Test("A list of measures each naming its thing with commas; a bullet that reports what was done")
    func measuresAndReportedBullets() {
        reading.expect(
            "Cụ thể, phấn đấu đạt 18.300 tấn thủy sản nuôi nước mặn, nước lợ và 100 tấn thủy sản nuôi nước ngọt; "
                + "4.100 tấn tôm sú, tôm thẻ chân trắng, hơn 2.900 tấn ngao, 420 tấn hàu, tu hài.",
            [
                ("thủy sản nuôi nước mặn, nước lợ", "=", 18300, nil, "tấn", nil),
                ("thủy sản nuôi nước ngọt", "=", 100, nil, "tấn", nil),
                ("tôm sú, tôm thẻ chân trắng", "=", 4100, nil, "tấn", nil),
                ("ngao", ">", 2900, nil, "tấn", nil),
                ("hàu, tu hài", "=", 420, nil, "tấn", nil),
            ])
        let news = """
            Toàn tỉnh giải quyết việc làm cho gần 26.000 lao động

            - Năm 2023, toàn tỉnh đã giải quyết việc làm cho 25.953 lao động, đạt hơn 116% kế hoạch năm.

            Mục tiêu năm 2024, toàn tỉnh giải quyết việc làm mới cho trên 22.500 lao động, nâng tỷ lệ lao động qua đào \
            tạo lên 69,5%.
            """
        reading.expect(
            news,
            [
                ("giải quyết việc làm mới", ">", 22500, nil, "lao động", nil),
                ("tỷ lệ lao động qua đào tạo", "=", 69.5, nil, "%", nil),
            ])
    }

    @Test("A target's share, count per head and growth rate after it; a later horizon or a figure alone in its sentence")
    func sameIndicatorAgain() {
        let plan =
            """
            Theo đó, Đề án đặt ra mục tiêu đến năm 2025 tỉnh sẽ có ít nhất 8.500 doanh nghiệp đang hoạt động, đạt 70 \
            doanh nghiệp/vạn dân. Lao động trong doanh nghiệp đạt khoảng 92.000 người, tốc độ tăng bình quân thời kỳ \
            2021 - 2025 đạt 1,5-3%/năm. Tổng vốn đầu tư từ khu vực doanh nghiệp đạt khoảng 22.000 tỷ đồng, chiếm từ \
            45-50% tổng vốn đầu tư trên địa bàn tỉnh; khu vực doanh nghiệp đóng góp khoảng 60% - 65% GRDP của tỉnh.
            """
        reading.expect(
            plan,
            [
                ("doanh nghiệp đang hoạt động", "≥", 8500, nil, "doanh nghiệp", nil),
                ("doanh nghiệp đang hoạt động", "=", 70, nil, "doanh nghiệp/vạn dân", nil),
                ("lao động trong doanh nghiệp", "=", 92000, nil, "người", nil),
                ("lao động trong doanh nghiệp", "range", 1.5, 3, "%", "increase"),
                ("tổng vốn đầu tư từ khu vực doanh nghiệp", "=", 22000, nil, "tỷ đồng", nil),
                ("tổng vốn đầu tư từ khu vực doanh nghiệp chiếm", "range", 45, 50, "%", nil),
                ("khu vực doanh nghiệp đóng góp", "range", 60, 65, "%", nil),
            ])
        let horizons =
            """
            GRDP bình quân đầu người năm 2020 đạt 60 - 60,5 triệu đồng, định hướng năm 2030 đạt 217 - 220 triệu \
            đồng; tổng kim ngạch xuất khẩu năm 2020 là 850 triệu USD và năm 2030 là 3.500 triệu USD. Phấn đấu cơ cấu \
            nông, lâm, thủy sản trong tổng GRDP chiếm 38,5 - 39,5% và 19 - 20% vào năm 2030. Tốc độ tăng trưởng đạt \
            bình quân 4,5 - 5%/năm giai đoạn 2016 - 2020 và duy trì 4 - 4,5%/năm giai đoạn 2021 - 2030.
            """
        reading.expect(
            horizons,
            [
                ("GRDP bình quân đầu người", "range", 60, 60.5, "triệu đồng", nil),
                ("GRDP bình quân đầu người", "range", 217, 220, "triệu đồng", nil),
                ("tổng kim ngạch xuất khẩu", "=", 850, nil, "triệu USD", nil),
                ("tổng kim ngạch xuất khẩu", "=", 3500, nil, "triệu USD", nil),
                ("cơ cấu nông, lâm, thủy sản", "range", 38.5, 39.5, "%", nil),
                ("cơ cấu nông, lâm, thủy sản", "range", 19, 20, "%", nil),
                ("tốc độ tăng trưởng", "range", 4.5, 5, "%", "increase"),
                ("tốc độ tăng trưởng", "range", 4, 4.5, "%", "increase"),
            ])
    }

    @Test("Counts said first beside named targets; a count with a measure after «với»; «thêm» after a connective")
    func countsBesideNames() {
        let text =
            """
            Tỉnh đặt mục tiêu trong năm 2018, toàn tỉnh có thêm 5-7 xã đạt chuẩn nông thôn mới, số tiêu chí bình \
            quân toàn tỉnh mỗi xã đạt 12,8 tiêu chí/xã trở lên; có 50 cơ sở khách sạn được xếp hạng sao với tổng số \
            phòng lưu trú là 7.500 phòng; huyện Cư Jút có 1 xã đạt chuẩn nông thôn mới và bình quân chung toàn huyện \
            mỗi xã đạt 13,5 tiêu chí/xã trở lên. Ngoài ra, phát triển thêm khoảng 280.000 con gia súc.
            """
        reading.expect(
            text,
            [
                ("xã đạt chuẩn nông thôn mới", "range", 5, 7, "xã", "increase"),
                ("số tiêu chí bình quân toàn tỉnh mỗi xã", "≥", 12.8, nil, "tiêu chí/xã", nil),
                ("cơ sở khách sạn được xếp hạng sao", "=", 50, nil, "cơ sở", nil),
                ("tổng số phòng lưu trú", "=", 7500, nil, "phòng", nil),
                ("xã đạt chuẩn nông thôn mới", "=", 1, nil, "xã", nil),
                ("bình quân chung toàn huyện mỗi xã", "≥", 13.5, nil, "tiêu chí/xã", nil),
                ("gia súc", "=", 280000, nil, "con", "increase"),
            ])
    }

    @Test("A level reached by a fall, a programme's name, an average per unit after a count, a whole counted in")
    func levelsProgrammesAndWholes() {
        let news = """
            Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo bình quân giảm còn dưới 1%. Tỉnh đang triển khai thực hiện \
            Chương trình mục tiêu quốc gia giảm nghèo bền vững với tổng nguồn vốn trên 235 tỷ đồng. Trong năm 2020, \
            tỉnh phấn đấu có thêm 13 xã đạt chuẩn nông thôn mới, 20 xã biên giới phấn đấu đạt bình quân từ 11,5-12 \
            tiêu chí/xã, năm 2020 phấn đấu có thêm 03 xã đạt chuẩn nông thôn mới nâng cao.
            Đại hội đặt mục tiêu đạt 13,5% tăng tổng giá trị sản phẩm trên địa bàn bình quân giai đoạn 2025 - 2030; \
            tốc độ tăng thu ngân sách bình quân hằng năm từ 10-12% trở lên; tỷ lệ xã đạt chuẩn nông thôn mới đạt từ 50 \
            đến 55% tổng số xã, tương đương với từ 59 đến 65 xã trong tổng số 117 xã.
            """
        reading.expect(
            news,
            [
                ("hộ nghèo", "<", 1, nil, "%", nil),
                ("xã đạt chuẩn nông thôn mới", "=", 13, nil, "xã", "increase"),
                ("xã biên giới", "range", 11.5, 12, "tiêu chí/xã", nil),
                ("xã đạt chuẩn nông thôn mới nâng cao", "=", 3, nil, "xã", "increase"),
                ("tổng giá trị sản phẩm trên địa bàn", "=", 13.5, nil, "%", "increase"),
                ("tốc độ tăng thu ngân sách", "range", 10, 12, "%", "increase"),
                ("tỷ lệ xã đạt chuẩn nông thôn mới", "range", 59, 65, "xã", nil),
            ])
    }
}
