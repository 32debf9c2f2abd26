import Foundation

/// The targets of the resolutions written for the tests, one per style (Tests/Fixtures/resolutions).
extension ResolutionCases {
    static let bulletsUnderHeadings: [Case] = [
        t(15, nil, "Tốc độ tăng trưởng giá trị sản xuất", "đạt 7,5% trở lên", "≥", "7.5", nil, "increase", "%"),
        t(16, nil, "Thu ngân sách nhà nước trên địa bàn", "đạt 65 tỷ đồng", "=", "65", nil, nil, "tỷ đồng"),
        t(17, nil, "Tổng sản lượng lương thực có hạt", "đạt 24.500 tấn", "=", "24500", nil, nil, "tấn"),
        t(18, nil, "Trồng rừng mới", "1.200 ha", "=", "1200", nil, nil, "ha"),
        t(20, nil, "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân", "dưới 14%", "<", "14", nil, nil, "%"),
        t(21, nil, "Tỷ lệ hộ nghèo", "giảm 3 - 4% so với năm trước", "range", "3", "4", "decrease", "%"),
        t(22, nil, "Số trường học đạt chuẩn quốc gia", "tăng thêm 03 trường", "=", "3", nil, "increase", "trường"),
        t(23, nil, "Tỷ lệ người dân tham gia bảo hiểm y tế", "đạt trên 98%", ">", "98", nil, nil, "%"),
        t(25, nil, "Hoàn thành chỉ tiêu tuyển quân", "100%", "=", "100", nil, nil, "%"),
        t(26, nil, "Giảm tai nạn giao thông", "trên cả 3 tiêu chí so với năm 2024", "=", "3", nil, "decrease", "tiêu chí"),
    ]
    static let indicatorColonValue: [Case] = [
        t(12, "a)", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "8% trở lên", "≥", "8", nil, "increase", "%"),
        t(13, "b)", "GRDP bình quân đầu người", "58 triệu đồng", "=", "58", nil, nil, "triệu đồng"),
        t(14, "c)", "nông, lâm nghiệp và thủy sản", "20,5%", "=", "20.5", nil, nil, "%"),
        t(14, "c)", "công nghiệp - xây dựng", "24,5%", "=", "24.5", nil, nil, "%"),
        t(14, "c)", "dịch vụ", "55%", "=", "55", nil, nil, "%"),
        t(15, "d)", "Tổng kim ngạch xuất nhập khẩu qua địa bàn", "5.500 triệu USD", "=", "5500", nil, nil, "triệu USD"),
        t(16, "đ)", "Số doanh nghiệp thành lập mới", "350 doanh nghiệp", "=", "350", nil, nil, "doanh nghiệp"),
        t(19, "a)", "Tỷ lệ lao động qua đào tạo", "68%", "=", "68", nil, nil, "%"),
        t(20, "b)", "Số giường bệnh/vạn dân", "32 giường", "=", "32", nil, nil, "giường"),
        t(21, "c)", "Tỷ lệ dân số tham gia bảo hiểm y tế", "≥ 95%", "≥", "95", nil, nil, "%"),
        t(22, "d)", "Tỷ lệ người từ 60 tuổi trở lên được quản lý sức khỏe", "70%", "=", "70", nil, nil, "%"),
        t(23, "đ)", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Tăng 02 bậc", "=", "2", nil, "increase", "bậc"),
    ]
    static let newsArticle: [Case] = [
        t(7, nil, "tốc độ tăng trưởng kinh tế (GRDP)", "từ 7% trở lên", "≥", "7", nil, "increase", "%"),
        t(7, nil, "thu ngân sách nhà nước trên địa bàn", "đạt 2.600 tỷ đồng", "=", "2600", nil, nil, "tỷ đồng"),
        t(7, nil, "tỷ lệ che phủ rừng", "đạt 56%", "=", "56", nil, nil, "%"),
        t(7, nil, "tỷ lệ hộ nghèo", "giảm từ 3 - 4%", "range", "3", "4", "decrease", "%"),
        t(7, nil, "tạo việc làm mới cho", "9.000 lao động", "=", "9000", nil, nil, "lao động"),
        t(7, nil, "xã có đường ô tô đến trung tâm được cứng hóa", "100%", "=", "100", nil, nil, "%"),
    ]
    static let noArticle: [Case] = [
        t(13, "2.1", "Thu ngân sách trên địa bàn", "đạt 18,5 tỷ đồng", "=", "18.5", nil, nil, "tỷ đồng"),
        t(13, "2.1", "thu tiền sử dụng đất", "12 tỷ đồng", "=", "12", nil, nil, "tỷ đồng"),
        t(13, "2.1", "thu thuế ngoài quốc doanh", "4,8 tỷ đồng", "=", "4.8", nil, nil, "tỷ đồng"),
        t(14, "2.2", "Tỷ lệ tổ dân phố đạt danh hiệu văn hóa", "95%", "=", "95", nil, nil, "%"),
        t(14, "2.2", "số hộ kinh doanh cá thể", "tăng thêm 40 hộ", "=", "40", nil, "increase", "hộ"),
        t(15, "2.3", "Tỷ lệ học sinh tốt nghiệp trung học cơ sở", "đạt 99,5% trở lên", "≥", "99.5", nil, nil, "%"),
        t(16, "2.4", "Số lao động được giải quyết việc làm", "300 - 350 lao động", "range", "300", "350", nil, "lao động"),
        t(17, "2.5", "Duy trì trẻ em 6 tuổi vào lớp 1", "Duy trì 100%", "=", "100", nil, nil, "%"),
        t(
            18, "2.6", "Không để xảy ra cháy nổ lớn trên địa bàn phường", "Không để xảy ra cháy nổ lớn trên địa bàn phường",
            "text", nil, nil, nil, nil),
    ]
    static let oneLongSentence: [Case] = [
        t(10, nil, "thu ngân sách trên địa bàn", "đạt 4,2 tỷ đồng", "=", "4.2", nil, nil, "tỷ đồng"),
        t(10, nil, "tổng diện tích gieo trồng cây hằng năm", "320 ha", "=", "320", nil, nil, "ha"),
        t(10, nil, "thu nhập bình quân đầu người", "đạt 52 triệu đồng/người/năm", "=", "52", nil, nil, "triệu đồng/người/năm"),
        t(10, nil, "tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "từ 90% trở lên", "≥", "90", nil, nil, "%"),
        t(10, nil, "tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ", "đạt trên 95%", ">", "95", nil, nil, "%"),
        t(10, nil, "tỷ lệ hộ nghèo", "giảm còn dưới 2%", "<", "2", nil, nil, "%"),
        t(10, nil, "tổ dân phố đạt chuẩn văn minh đô thị", "02 tổ dân phố", "=", "2", nil, "increase", "tổ dân phố"),
        t(10, nil, "tỷ lệ thu gom rác thải sinh hoạt", "đạt 100%", "=", "100", nil, nil, "%"),
    ]
    static let preambleDates: [Case] = [
        t(
            18, "1", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "tăng 10% trở lên so với năm 2024", "≥", "10", nil,
            "increase", "%"),
        t(19, "2", "Thu ngân sách nhà nước trên địa bàn", "2.150 tỷ đồng", "=", "2150", nil, nil, "tỷ đồng"),
        t(20, "3", "Tỷ lệ đô thị hóa", "đạt 75%", "=", "75", nil, nil, "%"),
        t(21, "4", "Tỷ lệ dân số được sử dụng nước sạch", "100%", "=", "100", nil, nil, "%"),
        t(22, "5", "Giảm tỷ lệ sinh con thứ 3 trở lên", "0,2% so với năm 2024", "=", "0.2", nil, "decrease", "%"),
        t(23, "6", "Số xã đạt chuẩn nông thôn mới kiểu mẫu tăng thêm", "02 xã", "=", "2", nil, "increase", "xã"),
    ]
    static let valueBeforeName: [Case] = [
        t(8, "(1)", "hộ gia đình được sử dụng nước hợp vệ sinh", "98%", "=", "98", nil, nil, "%"),
        t(9, "(2)", "thôn có nhà văn hóa đạt chuẩn", "100%", "=", "100", nil, nil, "%"),
        t(10, "(3)", "thôn đạt danh hiệu thôn văn hóa", "9/9 thôn", "=", "9", nil, nil, "thôn"),
        t(11, "(4)", "sản phẩm OCOP đạt từ 3 sao trở lên", "02 sản phẩm", "=", "2", nil, nil, "sản phẩm"),
        t(12, "(5)", "trẻ em dưới 5 tuổi được theo dõi tăng trưởng hằng tháng", "85%", "=", "85", nil, nil, "%"),
        t(13, "(6)", "Thành lập mới", "01 hợp tác xã", "=", "1", nil, nil, "hợp tác xã"),
        t(14, "(7)", "Tăng thôn đạt chuẩn nông thôn mới kiểu mẫu", "Tăng 01 thôn", "=", "1", nil, "increase", "thôn"),
    ]
}
