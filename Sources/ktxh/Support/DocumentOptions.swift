import ArgumentParser
import KTXHCore
import KTXHDocuments

/// What the user may say of a document's frame; anything left out is derived from the plan and its unit.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Số, ký hiệu văn bản, ví dụ 45/BC-UBND (mặc định để trống số cho văn thư).")
    var number: String?

    @Option(help: "Ngày ban hành, ví dụ 2024-06-20 hoặc 20/6/2024 (mặc định để trống ngày).")
    var date: String?

    @Option(help: "Địa danh ở dòng ngày tháng, ví dụ «TP. Bắc Kạn».")
    var place: String?

    @Option(
        name: .customLong("issuer"),
        help: "Tên cơ quan ban hành, mỗi lần một dòng: --issuer 'ỦY BAN NHÂN DÂN' --issuer 'THÀNH PHỐ BẮC KẠN'.")
    var issuer: [String] = []

    @Option(help: "Nơi gửi («Kính gửi: …»).")
    var addressee: String?

    @Option(help: "Thẩm quyền ký, ví dụ «TM. ỦY BAN NHÂN DÂN» hoặc «KT. CHỦ TỊCH».")
    var authority: String?

    @Option(name: .customLong("signer-title"), help: "Chức vụ người ký, ví dụ «CHỦ TỊCH», «PHÓ CHỦ TỊCH».")
    var signerTitle: String?

    @Option(help: "Họ và tên người ký.")
    var signer: String?

    @Option(help: "Nơi nhận, mỗi lần một nơi: --recipient 'Như trên' --recipient 'Lưu: VT'.")
    var recipient: [String] = []

    func validate() throws {
        if let date, CalendarDay(date) == nil {
            throw ValidationError("Ngày «\(date)» không hợp lệ (ví dụ: 2024-06-20 hoặc 20/6/2024).")
        }
    }

    func overrides() -> DocumentDetails.Overrides {
        DocumentDetails.Overrides(
            number: number, date: date.flatMap(CalendarDay.init), place: place, issuingBody: issuer.isEmpty ? nil : issuer,
            addressee: addressee, signerAuthority: authority, signerTitle: signerTitle, signerName: signer,
            recipients: recipient.isEmpty ? nil : recipient)
    }
}
