/// Lĩnh vực: the headings a socio-economic report groups its results under (seed 001: I. Lĩnh vực kinh tế,
/// II. Lĩnh vực văn hoá - xã hội, III. Cải cách hành chính, IV. An ninh - quốc phòng), and which of a plan's
/// sections each takes.
enum ReportField: Hashable, CaseIterable {
    case economy, society, reform, defence

    var heading: String {
        switch self {
        case .economy: "LĨNH VỰC KINH TẾ"
        case .society: "LĨNH VỰC VĂN HÓA - XÃ HỘI"
        case .reform: "CẢI CÁCH HÀNH CHÍNH"
        case .defence: "QUỐC PHÒNG - AN NINH"
        }
    }

    /// The field a plan section's title belongs to; nil for a title none of them speaks of, which then gets a
    /// heading of its own. Checked in this order so that "kinh tế - xã hội" is the economy.
    static func of(_ title: String) -> ReportField? {
        let text = title.lowercased()
        if text.contains("cải cách") { return .reform }
        if text.contains("quốc phòng") || text.contains("an ninh") { return .defence }
        if text.contains("kinh tế") || text.contains("môi trường") { return .economy }
        let social = ["xã hội", "văn hóa", "văn hoá", "giáo dục", "y tế", "lao động"]
        if social.contains(where: text.contains) { return .society }
        return nil
    }
}
