import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import Testing

/// Targets found by what a text says, whatever copying did to its layout (issue 12, part 1). Each case
/// is written as officials and reporters write; the corpus (ProseCorpusTests) measures the same on
/// public texts.
@Suite("Targets in any layout")
struct ResolutionLayoutTests {
    /// (indicator words, comparator, value, value max, unit, change) of each target, in order.
    typealias Reading = (String, String, Decimal?, Decimal?, String?, String?)

    func expect(_ text: String, _ expected: [Reading], sourceLocation: SourceLocation = #_sourceLocation) {
        let targets = ResolutionText.extractTargets(text)
        #expect(
            targets.count == expected.count, "\(targets.map { "\($0.indicator) \($0.comparator) \($0.value ?? -1)" })",
            sourceLocation: sourceLocation)
        for (target, (words, comparator, value, valueMax, unit, change)) in zip(targets, expected) {
            let found = (target.group.map { $0 + " " } ?? "") + target.indicator
            #expect(
                found.lowercased().contains(words.lowercased()), "«\(found)» lacks «\(words)»", sourceLocation: sourceLocation)
            #expect(target.comparator == comparator, "\(words)", sourceLocation: sourceLocation)
            #expect(target.value == value, "\(words)", sourceLocation: sourceLocation)
            #expect(target.valueMax == valueMax, "\(words)", sourceLocation: sourceLocation)
            #expect(target.unit == unit, "\(words)", sourceLocation: sourceLocation)
            #expect(target.change?.rawValue == change, "\(words)", sourceLocation: sourceLocation)
        }
    }

    static let list = """
        NGHỊ QUYẾT Về kế hoạch phát triển kinh tế - xã hội năm 2025 Căn cứ Luật Tổ chức chính quyền địa phương ngày \
        19 tháng 02 năm 2025; Xét Tờ trình số 228/TTr-UBND ngày 09/12/2024 của UBND xã; QUYẾT NGHỊ: Điều 1. Thông qua \
        các chỉ tiêu chủ yếu năm 2025 như sau: 1. Tốc độ tăng trưởng kinh tế từ 7,5% đến 8%. 2. Thu ngân sách trên địa \
        bàn đạt 45 tỷ đồng. 3. Tỷ lệ hộ nghèo giảm 1,5% so với năm trước. Điều 2. Tổ chức thực hiện: giao UBND xã \
        triển khai thực hiện Nghị quyết này.
        """

    @Test("A whole resolution on one line: its articles and numbered items are found inside the line")
    func oneLine() {
        expect(
            Self.list,
            [
                ("tăng trưởng kinh tế", "range", 7.5, 8, "%", "increase"),
                ("thu ngân sách", "=", 45, nil, "tỷ đồng", nil),
                ("tỷ lệ hộ nghèo", "=", 1.5, nil, "%", "decrease"),
            ])
    }

    @Test("Text from a PDF: lines wrapped at the page's width, page numbers and running headers between pages")
    func pdfText() {
        let words = Self.list.split(separator: " ")
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.count + word.count > 70 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        lines.insert(contentsOf: ["2", "HĐND XÃ TÂN HÒA"], at: 4)
        lines.insert("HĐND XÃ TÂN HÒA", at: 0)
        lines.append("HĐND XÃ TÂN HÒA")
        let text = lines.joined(separator: "\n")
        let wrapped = ResolutionText.extractTargets(text)
        #expect(wrapped.map(\.indicator) == ResolutionText.extractTargets(Self.list).map(\.indicator))
        #expect(wrapped.map(\.value) == [7.5, 45, 1.5])
    }

    @Test("Inline lists after «gồm:», «cụ thể:», «như sau:», «là:», numbered (1), a), -, + or cut by «;»")
    func inlineLists() {
        expect(
            "HĐND tỉnh đề ra các chỉ tiêu chủ yếu năm 2024 gồm: (1) Tốc độ tăng trưởng kinh tế 6,5 - 7%; (2) GRDP bình quân "
                + "đầu người đạt 70 triệu đồng; (3) Tỷ lệ che phủ rừng không dưới 56%.",
            [
                ("tăng trưởng kinh tế", "range", 6.5, 7, "%", "increase"),
                ("GRDP bình quân đầu người", "=", 70, nil, "triệu đồng", nil),
                ("che phủ rừng", "≥", 56, nil, "%", nil),
            ])
        expect(
            "Năm 2025, huyện phấn đấu đạt các chỉ tiêu cụ thể như sau: - Tổng vốn đầu tư toàn xã hội 2.500 tỷ đồng - Tỷ lệ "
                + "lao động qua đào tạo 72% - Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm 2 xã.",
            [
                ("tổng vốn đầu tư toàn xã hội", "=", 2500, nil, "tỷ đồng", nil),
                ("lao động qua đào tạo", "=", 72, nil, "%", nil),
                ("nông thôn mới nâng cao", "=", 2, nil, "xã", "increase"),
            ])
        expect(
            "Các chỉ tiêu chủ yếu là: a) tỷ lệ thất nghiệp khu vực thành thị dưới 3%; b) tỷ lệ tham gia bảo hiểm y tế tối "
                + "thiểu 95% dân số; c) số bác sĩ trên 10.000 dân hơn 12 bác sĩ.",
            [
                ("thất nghiệp", "<", 3, nil, "%", nil),
                ("bảo hiểm y tế", "≥", 95, nil, "%", nil),
                ("số bác sĩ trên 10.000 dân", ">", 12, nil, "bác sĩ", nil),
            ])
    }

    @Test("A news report: the sentences that set targets, not last year's results, dates or the session's counts")
    func newsReport() {
        expect(
            """
            Chiều 10/12/2024, HĐND tỉnh khóa XVII đã bế mạc kỳ họp thứ 26 sau 3 ngày làm việc, thông qua 28 nghị quyết.
            Năm 2024, tăng trưởng kinh tế của tỉnh ước đạt 6,2%; thu ngân sách đạt 2.450 tỷ đồng, bằng 105% dự toán.
            Năm 2025, tỉnh phấn đấu tăng trưởng đạt từ 8% trở lên; thu ngân sách trên địa bàn trên 2.000 tỷ đồng là \
            hai trong 9 chỉ tiêu chủ yếu được HĐND tỉnh thông qua.
            """,
            [("tăng trưởng", "≥", 8, nil, "%", "increase"), ("thu ngân sách", ">", 2000, nil, "tỷ đồng", nil)])
        expect(
            """
            Theo đó, tỉnh đặt mục tiêu tiếp tục duy trì tăng trưởng ở mức cao.
            Cụ thể, tổng sản phẩm trên địa bàn (GRDP) tăng 8,5-8,7% so với năm 2022; tỷ lệ đô thị hóa khoảng 27%.
            Dân số toàn tỉnh có 1,6 triệu người.
            """,
            [("tổng sản phẩm trên địa bàn", "range", 8.5, 8.7, "%", "increase"), ("đô thị hóa", "=", 27, nil, "%", nil)])
    }

    @Test("A term's targets: yearly averages, «đến năm 2030», sub-targets after «trong đó:»")
    func termTargets() {
        expect(
            "2. Các chỉ tiêu chủ yếu giai đoạn 2026-2030\n"
                + "- Tốc độ tăng trưởng kinh tế bình quân hàng năm đạt 12%, trong đó: nông nghiệp tăng 4%; công nghiệp - xây "
                + "dựng tăng 15%.\n"
                + "- Đến năm 2030, tỷ lệ đô thị hóa đạt 45%.\n"
                + "- Kim ngạch xuất khẩu tăng bình quân 8,5-9,5%/năm.",
            [
                ("tăng trưởng kinh tế", "=", 12, nil, "%", "increase"),
                ("nông nghiệp", "=", 4, nil, "%", "increase"),
                ("công nghiệp - xây dựng", "=", 15, nil, "%", "increase"),
                ("tỷ lệ đô thị hóa", "=", 45, nil, "%", nil),
                ("kim ngạch xuất khẩu", "range", 8.5, 9.5, "%", "increase"),
            ])
    }

    @Test("Every comparator form, per mille and percentage points, and a target without a figure")
    func comparators() {
        expect(
            "Các chỉ tiêu chủ yếu năm 2025:\n"
                + "- Tỷ lệ lao động có việc làm 4-5%.\n"
                + "- Tỷ lệ nợ thuế không quá 5%.\n"
                + "- Tỷ lệ sinh giảm 0,15‰.\n"
                + "- Tỷ lệ đô thị hóa tăng 2,5 điểm %.\n"
                + "- Tỷ trọng kinh tế số chiếm 20% GRDP.\n"
                + "- Giảm tai nạn giao thông trên cả 3 tiêu chí.\n"
                + "- Giữ vững an ninh chính trị, trật tự an toàn xã hội.",
            [
                ("lao động có việc làm", "range", 4, 5, "%", nil),
                ("nợ thuế", "≤", 5, nil, "%", nil),
                ("tỷ lệ sinh", "=", 0.15, nil, "‰", "decrease"),
                ("đô thị hóa", "=", 2.5, nil, "điểm %", "increase"),
                ("kinh tế số", "=", 20, nil, "%", nil),
                ("tai nạn giao thông", "=", 3, nil, "tiêu chí", "decrease"),
                ("an ninh chính trị", "text", nil, nil, nil, nil),
            ])
    }

    @Test("Figures as news reports write them: money in millions, ranges before the name, a second figure of a growth")
    func newsFigures() {
        expect(
            """
            Các chỉ tiêu chủ yếu: kim ngạch xuất khẩu tăng 14%, đến năm 2025 đạt khoảng 1.610 triệu USD; tốc độ tăng \
            trưởng kinh tế (GRDP) đạt 9-9,5%, phấn đấu trên 10%; có từ 20 – 30% xã nông thôn mới nâng cao; 100% khu \
            dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85% trở lên.
            """,
            [
                ("kim ngạch xuất khẩu", "=", 14, nil, "%", "increase"),
                ("kim ngạch xuất khẩu", "=", 1610, nil, "triệu USD", nil),
                ("tăng trưởng kinh tế", "range", 9, 9.5, "%", "increase"),
                ("tăng trưởng kinh tế", ">", 10, nil, "%", "increase"),
                ("xã nông thôn mới nâng cao", "range", 20, 30, "%", nil),
                ("khu dân cư đạt văn hóa", "=", 100, nil, "%", nil),
                ("gia đình văn hóa", "≥", 85, nil, "%", nil),
            ])
    }

    @Test("A page break inside «Nông - lâm - thủy sản» is not a bullet")
    func dashedCompoundBroken() {
        expect(
            "2. Các chỉ tiêu chủ yếu\n(3) Cơ cấu kinh tế: Nông - lâm\n- thủy sản 35,55%; Công nghiệp - xây dựng 21,11%.\n",
            [
                ("nông - lâm - thủy sản", "=", 35.55, nil, "%", nil),
                ("công nghiệp - xây dựng", "=", 21.11, nil, "%", nil),
            ])
    }

    @Test("A news report's list: a quota to meet is a target, a target without a figure beside figures, no duration")
    func newsList() {
        expect(
            """
            Sáng 9/12, Đại hội bầu Ban Chấp hành sau 3 ngày làm việc.
            Đại hội thông qua Nghị quyết với các mục tiêu: tổng giá trị sản xuất bình quân hằng năm tăng từ 12-15%; thu \
            ngân sách đạt và vượt chỉ tiêu huyện giao hằng năm; phấn đấu đạt chuẩn xã nông thôn mới nâng cao.
            """,
            [
                ("tổng giá trị sản xuất", "range", 12, 15, "%", "increase"),
                ("thu ngân sách đạt và vượt chỉ tiêu", "text", nil, nil, nil, nil),
                ("xã nông thôn mới nâng cao", "text", nil, nil, nil, nil),
            ])
        // Done, not set: "đã đạt và vượt chỉ tiêu" reports a result.
        expect("Năm 2024, thu ngân sách đã đạt và vượt chỉ tiêu huyện giao; tăng trưởng đạt 7%.", [])
        // The details of a report of results ("Trong đó, …"), and "đã" before a verb that sets nothing.
        expect(
            """
            Nhiệm kỳ qua, Đảng bộ phường đã đạt nhiều kết quả đáng ghi nhận. Trong đó, có 13/16 chỉ tiêu phát triển kinh \
            tế - xã hội đề ra đạt và vượt kế hoạch; đã huy động trên 350 tỷ đồng; kết nạp 56 đảng viên mới.
            """, [])
        // After a sentence that sets a target, one telling what was done sets none; a session's own events do.
        expect(
            "Tỉnh phấn đấu tăng trưởng đạt 10%.\nTỉnh đã cấp giấy chứng nhận đầu tư cho 24 dự án.",
            [("tăng trưởng", "=", 10, nil, "%", "increase")])
        // A sentence that sets targets after naming last year's results still sets them.
        expect(
            """
            Trên cơ sở những kết quả đạt được, HĐND huyện đã thống nhất các chỉ tiêu, nhiệm vụ năm 2022. Trong đó, \
            phấn đấu tốc độ tăng giá trị sản xuất đạt 8,49%.
            """, [("tăng giá trị sản xuất", "=", 8.49, nil, "%", "increase")])
    }
}
