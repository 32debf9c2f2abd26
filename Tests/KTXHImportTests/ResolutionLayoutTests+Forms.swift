import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import Testing

/// Forms learnt from the public corpus's later batches (docs/reading.md, part 3), each in a text of its own.
extension ResolutionLayoutTests {
    @Test("A yearly percentage of an amount is its growth; of a rate, a share or the members admitted it is a level")
    func yearlyRates() {
        expect(
            "Các chỉ tiêu chủ yếu: (1) tổng giá trị sản phẩm bình quân hàng năm từ 12-14%; (2) Năng suất lao động 3%/năm"
                + " trở lên; (3) tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm; (4) GRDP tăng bình quân trên 10% mỗi năm;"
                + " (5) Bình quân hàng năm kết nạp đảng viên mới trên 4%.",
            [
                ("tổng giá trị sản phẩm", "range", 12, 14, "%", "increase"),
                ("Năng suất lao động", "≥", 3, nil, "%", "increase"),
                ("tỷ lệ hộ nghèo", "=", 1.41, nil, "%", "decrease"),
                ("GRDP", ">", 10, nil, "%", "increase"),
                ("kết nạp đảng viên mới", ">", 4, nil, "%", nil),
            ])
    }

    @Test("A percentage of an amount is its growth; «giảm tỷ lệ … 0,5% trở lên» the least it falls; «còn» a level")
    func amountsAndLevels() {
        expect(
            "Các chỉ tiêu chủ yếu: (1) nâng tổng giá trị sản xuất đạt 14,4%; (2) tổng vốn đầu tư toàn xã hội đạt 35% GRDP;"
                + " (3) giảm tỷ lệ hộ nghèo theo chuẩn mới 0,5% trở lên; (4) Tỷ lệ hộ nghèo giảm bình quân hằng nãm trên tổng"
                + " số hộ dân toàn huyện từ 01% đến 02%; đến năm 2025 còn dưới 05%.",
            [
                ("tổng giá trị sản xuất", "=", 14.4, nil, "%", "increase"),
                ("tổng vốn đầu tư toàn xã hội", "=", 35, nil, "%", nil),
                ("tỷ lệ hộ nghèo", "≥", 0.5, nil, "%", "decrease"),
                ("Tỷ lệ hộ nghèo", "range", 1, 2, "%", "decrease"),
                ("Tỷ lệ hộ nghèo", "<", 5, nil, "%", nil),
            ])
    }

    @Test("A unit per so many («giường/01 vạn dân») and a multiple («tăng gấp 1,8 lần») are read whole")
    func unitsPerCountAndMultiples() {
        expect(
            "Các chỉ tiêu chủ yếu: (1) Số giường bệnh đạt 39,3 giường/01 vạn dân; (2) Quy mô nền kinh tế tăng gấp 1,8 lần"
                + " so với năm 2025; (3) Phát triển từ 10 đảng viên trở lên/năm.",
            [
                ("giường bệnh", "=", 39.3, nil, "giường/01 vạn dân", nil),
                ("Quy mô nền kinh tế", "=", 1.8, nil, "lần", "increase"),
                ("Phát triển", "≥", 10, nil, "đảng viên", nil),
            ])
    }

    @Test("Who aims is not the indicator; a year said after a target is not part of it")
    func aimsAndYears() {
        let text = """
            Ở nhóm kinh tế, Quảng Ngãi đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 10%. Bình Thuận đặt chỉ tiêu tăng GRDP \
            từ 8% - 8,5% trong năm 2024; thu ngân sách nhà nước trên địa bàn đạt 10.000 tỷ đồng.
            """
        let targets = ResolutionText.extractTargets(text)
        #expect(targets.map(\.indicator) == ["tăng trưởng GRDP năm 2025", "tăng GRDP", "thu ngân sách nhà nước trên địa bàn"])
        #expect(targets.map(\.change) == [.increase, .increase, nil])
        #expect(targets[1].comparator == "range" && targets[1].valueMax == 8.5)
    }

    @Test("A table copied from a web page without its grid, one cell a line, reads as its rows")
    func cellsOnTheirOwnLines() {
        let text = [
            "Stt", "Chỉ tiêu chủ yếu", "Kế hoạch năm 2021", "I", "Kinh tế", "1", "Kim ngạch xuất khẩu (triệu USD)", ">920",
            "2", "Nhập khẩu (triệu USD)", "575 (tăng 15%)", "3", "Tỷ lệ che phủ rừng ổn định (%)", "57-57,5",
        ]
        .joined(separator: "\n\n")
        expect(
            text,
            [
                ("Kim ngạch xuất khẩu", ">", 920, nil, "triệu USD", nil), ("Nhập khẩu", "=", 575, nil, "triệu USD", nil),
                ("Nhập khẩu", "=", 15, nil, "%", "increase"), ("che phủ rừng", "range", 57, 57.5, "%", nil),
            ])
    }

    @Test("Not targets: a count of targets, one of several, a length of time, a page's counter, a headline on results")
    func notTargets() {
        let text = """
            Huyện đạt và vượt kế hoạch 30 chỉ tiêu kinh tế - xã hội
            15:58 - Thứ Ba, 18/12/2018 Lượt xem: 11048 In bài viết
            Trong 3 ngày (18 - 20/12), HĐND huyện họp kỳ thứ 8. Đây là 1 trong 2 đơn vị tổ chức đại hội điểm. Thu ngân \
            sách trên địa bàn hơn 16,3 tỷ đồng, đạt 116% dự toán giao. Năm 2026, xã phấn đấu đạt 17 chỉ tiêu, trong đó \
            phấn đấu thu ngân sách đạt hơn 340 tỷ đồng.
            """
        expect(text, [("thu ngân sách", ">", 340, nil, "tỷ đồng", nil)])
    }

    @Test("A headline's rounded figure and a lead repeated further on are read once, with the fuller name")
    func restatements() {
        let text = """
            Phường Xuân Phương phấn đấu thu ngân sách hơn 170 tỷ đồng

            Kỳ họp đã thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2025. Theo đó, phường phấn đấu tổng thu ngân sách \
            đạt 170,89 tỷ đồng; duy trì không có hộ nghèo.

            Đại hội xác định mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt 115 – 120 triệu đồng.

            Nghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó thu nhập bình quân đầu người năm 2030 đạt 115 – 120 triệu đồng.
            """
        expect(
            text,
            [
                ("tổng thu ngân sách", "=", 170.89, nil, "tỷ đồng", nil), ("không có hộ nghèo", "text", nil, nil, nil, nil),
                ("thu nhập bình quân đầu người năm 2030", "range", 115, 120, "triệu đồng", nil),
            ])
    }
}
