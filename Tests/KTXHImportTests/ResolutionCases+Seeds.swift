import Foundation

/// The targets of the seeds' resolutions (000 §2, 002 Điều 2 §2, 004 Điều 1 §2), read by hand.
extension ResolutionCases {
    static let seed000: [Case] = [
        t(59, "2.1", "Thu NSNN trên địa bàn", "đạt 346 tỷ đồng", "=", "346", nil, nil, "tỷ đồng"),
        t(61, "2.2", "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", "đạt 3.945 tỷ đồng", "=", "3945", nil, nil, "tỷ đồng"),
        t(61, "2.2", "Số hộ kinh doanh cá thể trên địa bàn", "từ 4.000 hộ trở lên", "≥", "4000", nil, nil, "hộ"),
        t(
            63, "2.3", "Diện tích đất canh tác nông nghiệp đạt giá trị thu nhập 100 triệu đồng/ha", "từ 250 ha trở lên", "≥",
            "250", nil, nil, "ha"),
        t(63, "2.3", "tổng sản lượng lương thực có hạt", "đạt 3.706 tấn", "=", "3706", nil, nil, "tấn"),
        t(63, "2.3", "trồng rừng mới", "160 ha", "=", "160", nil, nil, "ha"),
        t(63, "2.3", "tỷ lệ che phủ rừng", "65,5%", "=", "65.5", nil, nil, "%"),
        t(65, "2.4", "Thành lập mới", "02 HTX", "=", "2", nil, nil, "HTX"),
        t(65, "2.4", "sản phẩm OCOP mới đạt từ 3 sao trở lên", "03 sản phẩm", "=", "3", nil, nil, "sản phẩm"),
        t(67, "2.5", "xây dựng xã đạt chuẩn nông thôn mới nâng cao", "01 xã", "=", "1", nil, nil, "xã"),
        t(67, "2.5", "xã đạt chuẩn nông thôn mới kiểu mẫu", "01 xã", "=", "1", nil, nil, "xã"),
        t(67, "2.5", "Số thôn đạt chuẩn nông thôn mới tăng thêm", "01 thôn", "=", "1", nil, "increase", "thôn"),
        t(69, "2.6", "Tỷ lệ hộ dân được sử dụng nước hợp vệ sinh", "đạt 100%", "=", "100", nil, nil, "%"),
        t(69, "2.6", "tỷ lệ hộ dân các phường được sử dụng nước sạch", "từ 80% trở lên", "≥", "80", nil, nil, "%"),
        t(69, "2.6", "tỷ lệ thu gom, xử lý rác ở đô thị", "100%", "=", "100", nil, nil, "%"),
        t(69, "2.6", "tỷ lệ thu gom, xử lý rác thải ở nông thôn", "đạt 85%", "=", "85", nil, nil, "%"),
        t(71, "2.7", "Tỷ lệ hộ nghèo", "giảm còn 1,63%", "=", "1.63", nil, nil, "%"),
        t(71, "2.7", "số lao động được tạo việc làm mới", "700 lao động", "=", "700", nil, nil, "lao động"),
        t(71, "2.7", "tỷ lệ lao động qua đào tạo", "đạt 75% trở lên", "≥", "75", nil, nil, "%"),
        t(71, "2.7", "duy trì tỷ lệ người dân tham gia bảo hiểm y tế", "đạt từ 93% trở lên", "≥", "93", nil, nil, "%"),
        t(73, "2.8", "Duy trì tỷ lệ tăng dân số tự nhiên", "dưới 1,1%", "<", "1.1", nil, nil, "%"),
        t(
            73, "2.8", "giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng (cân nặng theo tuổi)", "dưới <11,4%", "<", "11.4", nil,
            nil, "%"),
        t(
            73, "2.8", "tỷ lệ trẻ em trong độ tuổi đủ điều kiện được tiêm phòng đầy đủ các loại vắc xin", "từ 90% trở lên", "≥",
            "90", nil, nil, "%"),
        t(75, "2.9", "tỷ lệ huy động trẻ 6 tuổi trên địa bàn vào lớp 1", "100%", "=", "100", nil, nil, "%"),
        t(75, "2.9", "tỷ lệ học sinh hoàn thành chương trình tiểu học", "đạt từ 99% trở lên", "≥", "99", nil, nil, "%"),
        t(75, "2.9", "tỷ lệ tốt nghiệp THCS", "đạt ≥ 99%", "≥", "99", nil, nil, "%"),
        t(
            75, "2.9", "Tăng trường học đạt chuẩn Quốc gia mức độ 1", "Tăng 02 trường học", "=", "2", nil, "increase",
            "trường học"),
        t(77, "2.10", "Tỷ lệ số hộ gia đình đạt danh hiệu Gia đình văn hoá", "đạt 95%", "=", "95", nil, nil, "%"),
        t(77, "2.10", "tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "từ 80% trở lên", "≥", "80", nil, nil, "%"),
        t(77, "2.10", "tỷ lệ số thôn, tổ dân phố đạt tiêu chí Khu dân cư văn hóa", "đạt 75%", "=", "75", nil, nil, "%"),
        t(77, "2.10", "tỷ lệ phường đạt chuẩn văn minh đô thị", "04 phường", "=", "4", nil, nil, "phường"),
        t(
            79, "2.11", "Tỷ lệ cơ quan hành chính Nhà nước có cơ cấu công chức, viên chức phù hợp với vị trí việc làm", "100%",
            "=", "100", nil, nil, "%"),
        t(
            79, "2.11", "tỷ lệ cán bộ, công chức cấp xã có trình độ chuyên môn từ đại học trở lên", "95%", "=", "95", nil, nil,
            "%"),
        t(79, "2.11", "Tỷ lệ hồ sơ TTHC trực tuyến toàn trình", "từ 95% trở lên", "≥", "95", nil, nil, "%"),
        t(81, "2.12", "Chỉ tiêu tuyên quân, bồi dưỡng kiến thức quốc phòng cho các đối tượng", "100%", "=", "100", nil, nil, "%"),
        t(81, "2.12", "tỷ lệ điều tra, khám phá", "85%", "=", "85", nil, nil, "%"),
        t(81, "2.12", "tỷ lệ giải quyết tin báo tố giác tội phạm", "90%", "=", "90", nil, nil, "%"),
        t(
            81, "2.12", "tai nạn giao thông đường bộ", "giảm tai nạn giao thông đường bộ so với năm 2024", "text", nil, nil,
            "decrease", nil),
    ]
    static let seed002: [Case] = [
        t(116, "(1)", "Tăng trưởng kinh tế", "08% trở lên", "≥", "8", nil, "increase", "%"),
        t(118, "(1)", "Nông, lâm nghiệp tăng trưởng", "3,9% trở lên", "≥", "3.9", nil, "increase", "%"),
        t(118, "(1)", "công nghiệp tăng trưởng", "16% trở lên", "≥", "16", nil, "increase", "%"),
        t(118, "(1)", "xây dựng tăng trưởng", "09% trở lên", "≥", "9", nil, "increase", "%"),
        t(120, "(1)", "dịch vụ tăng trưởng", "8,8% trở lên", "≥", "8.8", nil, "increase", "%"),
        t(124, "(2)", "GRDP bình quân đầu người/năm", "56 triệu đồng", "=", "56", nil, nil, "triệu đồng"),
        t(126, "(3)", "Thu ngân sách nhà nước trên địa bàn", "1.010 tỉ đồng", "=", "1010", nil, nil, "tỉ đồng"),
        t(128, "(4)", "Trồng rừng", "3.485ha", "=", "3485", nil, nil, "ha"),
        t(130, "(5)", "Phát triển mới sản phẩm OCOP đạt 3 sao trở lên", "20 sản phẩm", "=", "20", nil, nil, "sản phẩm"),
        t(132, "(6)", "Số xã đạt chuẩn nông thôn mới tăng thêm", "12 xã", "=", "12", nil, "increase", "xã"),
        t(138, "(7)", "Số hợp tác xã thành lập mới", "35 hợp tác xã", "=", "35", nil, nil, "hợp tác xã"),
        t(140, "(8)", "Tỉ lệ dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "98,5%", "=", "98.5", nil, nil, "%"),
        t(142, "(9)", "Tỉ lệ hộ dân được sử dụng điện lưới quốc gia", "98%", "=", "98", nil, nil, "%"),
        t(144, "(10)", "Số lao động được giải quyết việc làm mới", "6.400 lao động", "=", "6400", nil, nil, "lao động"),
        t(146, "(11)", "Tỉ lệ giảm nghèo so với năm trước", "02 - 2,5%", "range", "2", "2.5", "decrease", "%"),
        t(148, "(12)", "Tỉ lệ giảm nghèo ở các huyện nghèo", "04 - 05%", "range", "4", "5", "decrease", "%"),
        t(150, "(13)", "Tỉ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng", "≤ 15,8%", "≤", "15.8", nil, nil, "%"),
        t(152, "(14)", "Tỉ lệ người dân tham gia bảo hiểm y tế", "97%", "=", "97", nil, nil, "%"),
        t(154, "(15)", "Số trường đạt chuẩn quốc gia tăng thêm", "16 trường", "=", "16", nil, "increase", "trường"),
        t(156, "(16)", "Tỉ lệ tốt nghiệp trung học phổ thông", "> 90%", ">", "90", nil, nil, "%"),
        t(158, "(17)", "Chỉ số cải cách hành chính cấp tỉnh", "Tăng 01 bậc", "=", "1", nil, "increase", "bậc"),
        t(160, "(18)", "Chỉ số năng lực cạnh tranh cấp tỉnh", "Tăng 01 bậc", "=", "1", nil, "increase", "bậc"),
        t(162, "(19)", "Chỉ số chuyển đổi số", "tăng 02 bậc", "=", "2", nil, "increase", "bậc"),
        t(162, "(19)", "tỉ lệ dịch vụ công trực tuyến toàn trình", "80%", "=", "80", nil, nil, "%"),
        t(
            166, "(20)",
            "Tỉ lệ tuyển quân, động viên quân nhân dự bị, bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng", "100%",
            "=", "100", nil, nil, "%"),
        t(168, "(21)", "Tỉ lệ tiếp nhận, xử lý tin báo, tố giác tội phạm", "100%", "=", "100", nil, nil, "%"),
        t(170, "(22)", "Tỉ lệ điều tra, khám phá án", "≥ 80%", "≥", "80", nil, nil, "%"),
        t(172, "(23)", "Giảm số vụ phạm tội về trật tự xã hội", "≥ 05%", "≥", "5", nil, "decrease", "%"),
        t(174, "(24)", "Tai nạn giao thông đường bộ", "Giảm cả 03 tiêu chí", "=", "3", nil, "decrease", "tiêu chí"),
    ]
    static let seed004: [Case] = [
        t(
            18, "(1)", "Giá trị sản xuất một số ngành kinh tế chủ yếu theo giá so sánh", "tăng 11%", "=", "11", nil, "increase",
            "%"),
        t(19, "(2)", "Thu nhập bình quân đầu người", "trên 70 triệu đồng/người/năm", ">", "70", nil, nil, "triệu đồng/người/năm"),
        t(20, "(3)", "Tổng vốn đầu tư phát triển toàn xã hội", "trên 1.600 tỷ đồng", ">", "1600", nil, nil, "tỷ đồng"),
        t(21, "(4)", "Thu ngân sách", "đạt trên 125.000 triệu đồng", ">", "125000", nil, nil, "triệu đồng"),
        t(22, "(5)", "Tổng diện tích gieo trồng cả năm", "2.610,4 ha", "=", "2610.4", nil, nil, "ha"),
        t(22, "(5)", "tổng sản lượng lương thực (sản lượng thóc)", "đạt trên 12.789,8 tấn", ">", "12789.8", nil, nil, "tấn"),
        t(23, "(6)", "Duy trì tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt", "trên 99%", ">", "99", nil, nil, "%"),
        t(
            24, "(7)", "Tiếp tục củng cố và nâng cao tiêu chí đô thị loại III đã đạt", "55 tiêu chí", "=", "55", nil, nil,
            "tiêu chí"),
        t(
            24, "(7)", "Nâng cao chất lượng tiêu chí chưa đạt", "Nâng cao chất lượng tiêu chí chưa đạt", "text", nil, nil, nil,
            nil),
        t(
            24, "(7)", "mật độ đường giao thông (tính đến đường có chiều rộng phần xe chạy ≥ 7,5m) chất lượng", "tăng 10%", "=",
            "10", nil, "increase", "%"),
        t(24, "(7)", "thuê bao băng thông di động đạt tỷ lệ người dùng", "80/100 dân", "=", "80", nil, nil, "dân"),
        t(25, "(8)", "Tỷ lệ hộ nghèo", "giảm còn dưới 1,8 %", "<", "1.8", nil, nil, "%"),
        t(26, "(9)", "Tỷ lệ dân số tham gia bảo hiểm y tế", "trên 97%", ">", "97", nil, nil, "%"),
        t(
            26, "(9)", "Tỷ lệ bao phủ bảo hiểm xã hội cho người lao động trong độ tuổi lao động", "đạt trên 47%", ">", "47", nil,
            nil, "%"),
        t(27, "(10)", "Giải quyết việc làm mới", "trên 850 người", ">", "850", nil, nil, "người"),
        t(28, "(11)", "Duy trì tỷ lệ tăng dân số tự nhiên", "dưới 1%", "<", "1", nil, nil, "%"),
        t(
            29, "(12)", "Xây dựng phường, xã đạt Bộ tiêu chí Quốc gia về Y tế xã giai đoạn đến năm 2030", "02 phường, xã", "=",
            "2", nil, nil, "phường, xã"),
        t(30, "(13)", "Xây dựng trường định kỳ kiểm tra công nhận đạt chuẩn quốc gia", "02 trường", "=", "2", nil, nil, "trường"),
        t(
            31, "(14)", "thôn, tổ dân phố văn hóa", "52/52 thôn, tổ dân phố văn hóa", "=", "52", nil, nil,
            "thôn, tổ dân phố văn hóa"),
        t(31, "(14)", "gia đình văn hoá", "95,8%", "=", "95.8", nil, nil, "%"),
        t(31, "(14)", "cơ quan công sở đạt tiêu chuẩn văn hóa", "trên 97%", ">", "97", nil, nil, "%"),
        t(
            32, "(15)", "Hoàn thành xây dựng mới hoặc sửa chữa, nâng cấp các nhà văn hóa còn lại để đạt chuẩn",
            "Hoàn thành xây dựng mới hoặc sửa chữa, nâng cấp các nhà văn hóa còn lại để đạt chuẩn", "text", nil, nil, nil, nil),
        t(
            33, "(16)", "phường hoàn thành các tiêu chí phường đạt chuẩn đô thị văn minh", "03 phường", "=", "3", nil, nil,
            "phường"),
        t(
            33, "(16)", "phường cơ bản đạt các tiêu chí phường đạt chuẩn đô thị văn minh", "02 phường", "=", "2", nil, nil,
            "phường"),
        t(
            33, "(16)", "xã Thuận Lộc cơ bản đạt các tiêu chí của phường", "xã Thuận Lộc cơ bản đạt các tiêu chí của phường",
            "text", nil, nil, nil, nil),
        t(34, "(17)", "đơn vị đạt tiêu chuẩn An toàn làm chủ - sẵn sàng chiến đấu", "100%", "=", "100", nil, nil, "%"),
        t(34, "(17)", "phường, xã ổn định chính trị - xã hội", "6/6 phường, xã", "=", "6", nil, nil, "phường, xã"),
    ]
}
