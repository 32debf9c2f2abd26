import KTXHCore

extension DocumentDetails {
    /// Văn bản nào: a People's Committee report on a plan's progress, or the appendix of the plan itself.
    public enum Kind: Hashable, Sendable {
        /// Báo cáo của UBND (seed 001).
        case progressReport
        /// Nghị quyết of the plan's issuer (seed 000's appendix).
        case resolution
    }

    /// The details a document about `plan` has when the user gives none, from the plan and its unit: the
    /// unit's People's Committee reports to its People's Council; a resolution is the plan's own issuer's.
    public static func defaults(plan: Plan, unit: AdminUnit?, period: Period, kind: Kind) -> DocumentDetails {
        let place = UnitName(unit: unit, plan: plan)
        let month = period.months.upperBound
        switch kind {
        case .progressReport:
            return DocumentDetails(
                issuingBody: ["ỦY BAN NHÂN DÂN", place.full.uppercased()],
                issuingBodyShort: "UBND \(place.kind)", number: blank + "/BC-UBND", place: place.placeName, date: nil,
                month: month, year: period.lastYear, addressee: "Hội đồng nhân dân \(place.full)",
                signerAuthority: "TM. ỦY BAN NHÂN DÂN", signerTitle: "CHỦ TỊCH", signerName: nil,
                recipients: ["Như trên", "TT HĐND \(place.kind)", "Chủ tịch, các PCT UBND \(place.kind)", "Lưu: VT"])
        case .resolution:
            let council = plan.issuer == .council
            let body = council ? "HỘI ĐỒNG NHÂN DÂN" : "ỦY BAN NHÂN DÂN"
            let code = council ? "NQ-HĐND" : "QĐ-UBND"
            return DocumentDetails(
                issuingBody: [body, place.full.uppercased()],
                issuingBodyShort: "\(council ? "HĐND" : "UBND") \(place.kind)", number: plan.number ?? blank + "/" + code,
                place: place.placeName, date: plan.issuedOn, month: plan.issuedOn?.month ?? 12,
                year: plan.issuedOn?.year ?? plan.term.year - 1, addressee: nil,
                signerAuthority: council ? "" : "TM. ỦY BAN NHÂN DÂN", signerTitle: "CHỦ TỊCH", signerName: nil,
                recipients: ["Lưu: VT"])
        }
    }
}
