import Foundation

extension PlanTable {
    /// Tiêu đề cột: what a header cell says its column holds, with the words offices of different
    /// provinces use for the same thing.
    enum HeaderRole: Hashable {
        case column(Column)
        /// Cột so sánh ("% KH", "TH/KH", "Tỷ lệ (%)", "Tăng so cùng kỳ (%)"): a check of the figures, never a figure.
        case check
        /// Cột theo năm ("2021", "Sơ bộ 2023"): a figure per year; "sơ bộ" and "ước" are estimates.
        case year(Int, preliminary: Bool)
        /// Cột theo đơn vị ("Xã A", "Phường 1"): a figure per administrative unit.
        case place(String)
    }

    static func role(forHeader cell: String) -> HeaderRole? {
        let h = TextNormalization.folded(cell)
        // A title merged across the row ("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN …") is not a header cell.
        guard !h.isEmpty, h.count <= 60 else { return nil }
        if isCheck(h) { return .check }
        if let year = yearHeader(h) { return year }
        if let column = column(forFoldedHeader: h) { return .column(column) }
        let places = ["xa ", "phuong ", "thi tran ", "huyen ", "thi xa ", "thanh pho ", "thon ", "to dan pho "]
        if places.contains(where: h.hasPrefix) { return .place(cell) }
        return nil
    }

    static func column(forHeader cell: String) -> Column? {
        column(forFoldedHeader: TextNormalization.folded(cell))
    }

    private static func column(forFoldedHeader h: String) -> Column? {
        let first = h.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["stt", "tt", "so tt", "so thu tu"].contains(h) { return .number }
        // "Cùng kỳ năm 2022", "Năm trước", "Thực hiện cùng kỳ": last year's figure, before "Thực hiện" claims it.
        if h.contains("cung ky") || first == "ck" || h.contains(" ck") || h.contains("nam truoc") { return .previous }
        // "Chỉ tiêu giao", "Chỉ tiêu Nghị quyết" are the plan, before "Chỉ tiêu" claims them as the name.
        let plans = [
            "ke hoach", "muc tieu", "nq giao", "chi tieu giao", "chi tieu nghi quyet", "chi tieu nq", "nghi quyet",
            "chi tieu ke hoach",
        ]
        if first == "kh" || first == "nq" || plans.contains(where: h.hasPrefix) { return .plan }
        if h.hasPrefix("chi tieu") || ["noi dung", "ten chi tieu", "danh muc"].contains(where: h.hasPrefix) { return .name }
        if h == "don vi tinh" || h == "dvt" || h == "don vi" { return .unit }
        let values = ["tien do thuc hien", "thuc hien", "uoc th", "uoc thuc hien", "uoc dat", "luy ke", "ket qua"]
        if first == "th" || values.contains(where: h.hasPrefix) { return .value }
        if h.hasPrefix("danh gia") { return .statedLabel }
        if h.hasPrefix("ghi chu") { return .note }
        return nil
    }

    /// "% KH", "Đạt % KH", "TH/KH", "Tỷ lệ", "So với KH", "Tăng (+)/giảm (-) so CK": computed from the figures.
    private static func isCheck(_ h: String) -> Bool {
        if h.contains("%") { return true }
        let starts = ["ty le", "so sanh", "so voi", "so ck", "so kh", "tang", "giam", "chenh lech", "dat "]
        if starts.contains(where: h.hasPrefix) { return true }
        // "TH/KH", "TH/CK", "ƯTH/KH": a ratio of two short column names.
        let parts = h.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isLetter) }
    }

    /// "2021", "Năm 2022", "Sơ bộ 2023", "Sơ bộ - 2022", "Ước 2024": a column of one year's figures.
    private static func yearHeader(_ h: String) -> HeaderRole? {
        let words = h.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let years = words.compactMap(Int.init).filter { (1900...2100).contains($0) }
        let allowed: Set = ["nam", "so", "bo", "sb", "uoc", "tinh", "du", "kien"]
        guard years.count == 1, let year = years.first,
            words.allSatisfy({ allowed.contains($0) || Int($0) == year })
        else { return nil }
        return .year(year, preliminary: words.contains("bo") || words.contains("uoc") || words.contains("kien"))
    }

    /// "Số lượng", "Giá trị" under a merged "Thực hiện 6 tháng": the column is what the cell above says.
    static func isGenericFigureHeader(_ cell: String) -> Bool {
        ["so luong", "gia tri", "so tuyet doi", "tong so", "con so"].contains(TextNormalization.folded(cell))
    }
}
