/// Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): the pieces around a document's body, from its
/// `DocumentDetails`.
struct AdministrativeFrame {
    var details: DocumentDetails
    /// The width between the page's margins.
    var width: Length

    /// Quốc hiệu, tiêu ngữ, tên cơ quan, số và ký hiệu, địa danh và ngày tháng: issuing body on the left, the
    /// national title on the right, side by side in a table without borders.
    func titleBlock() -> Block {
        let left = Length(twips: width.twips * 2 / 5)
        let right = width - left
        var body = details.issuingBody.map { Paragraph([Run($0, bold: true)], alignment: .center, size: 13) }
        let longest = details.issuingBody.map(\.count).max() ?? 0
        body.append(rule(length: Self.textWidth(characters: longest, size: 13) * 0.4, in: left))
        body.append(Paragraph([Run("Số: \(details.number)")], alignment: .center, size: 13, spacingBefore: .pt(6)))
        let motto = "Độc lập - Tự do - Hạnh phúc"
        let national = [
            Paragraph([Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)], alignment: .center, size: 12),
            Paragraph([Run(motto, bold: true)], alignment: .center, size: 13),
            rule(length: Self.textWidth(characters: motto.count, size: 13) * 0.92, in: right),
            Paragraph(
                [Run(details.placeAndDate, italic: true)], alignment: .center, size: 14, spacingBefore: .pt(6)),
        ]
        return .table(
            Table(
                columnWidths: [left, right],
                rows: [Table.Row([Table.Cell(body, verticalAlignment: .top), Table.Cell(national, verticalAlignment: .top)])],
                bordered: false))
    }

    /// Tên loại and trích yếu: "BÁO CÁO" and what it is about, centred and bold, a short rule beneath.
    func heading(kind: String, subject: String) -> [Block] {
        [
            .paragraph(
                Paragraph([Run(kind, bold: true)], alignment: .center, size: 14, spacingBefore: .pt(18), keepWithNext: true)),
            .paragraph(Paragraph([Run(subject, bold: true)], alignment: .center, size: 14, keepWithNext: true)),
            .paragraph(rule(length: .mm(35), in: width)),
        ]
    }

    /// Nơi nhận on the left, in small type; the signature block on the right: "TM. ỦY BAN NHÂN DÂN",
    /// "CHỦ TỊCH", room for the signature and seal, the signer's name.
    func signatureBlock() -> Block {
        let left = Length(twips: width.twips * 9 / 20)
        let right = width - left
        var recipients = [Paragraph([Run("Nơi nhận:", bold: true, italic: true)], size: 12, spacingBefore: .pt(12))]
        for (offset, recipient) in details.recipients.enumerated() {
            let end = offset == details.recipients.count - 1 ? "." : ";"
            recipients.append(Paragraph([Run("- \(recipient)\(end)")], size: 11))
        }
        var signature: [Paragraph] = []
        for line in [details.signerAuthority, details.signerTitle] where !line.isEmpty {
            let before = signature.isEmpty ? Length.pt(12) : .pt(0)
            signature.append(
                Paragraph([Run(line, bold: true)], alignment: .center, size: 14, spacingBefore: before, keepWithNext: true))
        }
        // Room for the signature and the seal.
        signature += Array(repeating: Paragraph([], size: 14, keepWithNext: true), count: 4)
        signature.append(Paragraph([Run(details.signerName ?? "", bold: true)], alignment: .center, size: 14))
        return .table(
            Table(
                columnWidths: [left, right],
                rows: [
                    Table.Row([Table.Cell(recipients, verticalAlignment: .top), Table.Cell(signature, verticalAlignment: .top)])
                ],
                bordered: false))
    }

    /// A thin line of `length` centred in `width` (the decree's rules under the motto, the issuing body and
    /// the subject): an empty paragraph with a bottom border, narrowed by indents.
    func rule(length: Length, in width: Length) -> Paragraph {
        let indent = Length(twips: max(0, (width.twips - length.twips) / 2))
        return Paragraph([], size: 3, leftIndent: indent, rightIndent: indent, bottomBorder: true)
    }

    /// About how wide a line of bold Times New Roman is: a letter averages a little over half its size.
    static func textWidth(characters: Int, size: Double) -> Length {
        .pt(Double(characters) * size * 0.55)
    }
}
