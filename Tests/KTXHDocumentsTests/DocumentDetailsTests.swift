import Foundation
import KTXHCore
import Testing

@testable import KTXHDocuments

@Suite("Document details")
struct DocumentDetailsTests {
    let plan = Plan(
        key: "058-2024", title: "Nghị quyết", issuer: .council, issuerName: "Hội đồng nhân dân thành phố Bắc Kạn",
        unitCode: "058", term: .year(2024))
    let unit = AdminUnit(code: "058", name: "Thành Phố Bắc Kạn", kindName: "thành phố")

    @Test("A People's Committee report: issuing body, place, number and month derived from the unit and the period")
    func report() {
        let details = DocumentDetails.defaults(
            plan: plan, unit: unit, period: Period(year: 2024, kind: .half(1)), kind: .progressReport)
        #expect(details.issuingBody == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẮC KẠN"])
        #expect(details.issuingBodyShort == "UBND thành phố")
        #expect(details.place == "TP. Bắc Kạn")
        #expect(details.number.hasSuffix("/BC-UBND"))
        #expect(details.placeAndDate == "TP. Bắc Kạn, ngày\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}tháng 6 năm 2024")
        #expect(details.addressee == "Hội đồng nhân dân thành phố Bắc Kạn")
    }

    @Test("Without the unit, the issuer's name gives it; days and months below 10 and 3 take a zero")
    func fallbackAndDate() {
        var details = DocumentDetails.defaults(plan: plan, unit: nil, period: .year(2024), kind: .resolution)
        #expect(details.issuingBody == ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ BẮC KẠN"])
        #expect(details.number.hasSuffix("/NQ-HĐND"))
        details = details.applying(.init(date: CalendarDay("2024-02-05"), place: "Bắc Kạn"))
        #expect(details.placeAndDate == "Bắc Kạn, ngày 05 tháng 02 năm 2024")
        #expect(details.shortDate == "ngày 5/2/2024")
    }
}
