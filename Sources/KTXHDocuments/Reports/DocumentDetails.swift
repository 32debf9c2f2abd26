import KTXHCore

/// Thông tin văn bản: what the frame of an administrative document says (Nghị định 30/2020/NĐ-CP): who
/// issues it, its number, place and date, who signs it and who receives it.
///
/// Every field has a default derived from the plan and its unit; a user's own value replaces it.
public struct DocumentDetails: Hashable, Sendable {
    /// Tên cơ quan ban hành, in capitals, one entry per printed line: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẮC KẠN"].
    public var issuingBody: [String]
    /// The body as a sentence names it: "UBND thành phố".
    public var issuingBodyShort: String
    /// Số, ký hiệu: "45/BC-UBND", or blanks before the slash while the number is not yet given.
    public var number: String
    /// Địa danh: "TP. Bắc Kạn".
    public var place: String
    /// Ngày ban hành; nil leaves the day blank for the clerk, as the seeds' drafts do.
    public var date: CalendarDay?
    /// The month and year printed when `date` is nil.
    public var month: Int
    public var year: Int
    /// Kính gửi: the body the report goes to.
    public var addressee: String?
    /// "TM. ỦY BAN NHÂN DÂN".
    public var signerAuthority: String
    /// "CHỦ TỊCH".
    public var signerTitle: String
    /// The signer's name, printed under the space for the signature.
    public var signerName: String?
    /// Nơi nhận, one recipient per entry.
    public var recipients: [String]

    public init(
        issuingBody: [String], issuingBodyShort: String, number: String, place: String, date: CalendarDay?,
        month: Int, year: Int, addressee: String?, signerAuthority: String, signerTitle: String,
        signerName: String?, recipients: [String]
    ) {
        self.issuingBody = issuingBody
        self.issuingBodyShort = issuingBodyShort
        self.number = number
        self.place = place
        self.date = date
        self.month = month
        self.year = year
        self.addressee = addressee
        self.signerAuthority = signerAuthority
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }

    /// Blanks left for the clerk who numbers and dates the document (non-breaking, so no renderer drops them).
    static let blank = String(repeating: "\u{00A0}", count: 6)

    /// "TP. Bắc Kạn, ngày 05 tháng 6 năm 2024": the decree writes days below 10 and months below 3 with a zero.
    public var placeAndDate: String {
        guard let date else { return "\(place), ngày\(Self.blank)tháng \(month) năm \(year)" }
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "\(place), ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// "ngày 20/6/2024", or "ngày   /6/2024" while the day is blank, as an appendix refers to its document.
    public var shortDate: String {
        date.map { "ngày \($0.vietnamese)" } ?? "ngày\(Self.blank)/\(month)/\(year)"
    }
}
