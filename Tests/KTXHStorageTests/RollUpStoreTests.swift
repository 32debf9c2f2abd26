import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing

/// The roll-up's queries on real databases: a province's communes directly (2025) or through a district (2024).
@Suite("Roll-up queries")
struct RollUpStoreTests {
    let day = CalendarDay(year: 2024, month: 12, day: 31)!

    @Test(
        "One query gives every figure of the province's communes, and nothing of another province",
        arguments: TestDatabase.available)
    func communeFigures(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await store.save(units: [
                AdminUnit(code: "99", name: "Tỉnh Thử", kindName: "tỉnh"),
                AdminUnit(code: "990", name: "Huyện Thử", kindName: "huyện", parentCode: "99"),
                AdminUnit(code: "99001", name: "Xã Một", kindName: "xã", parentCode: "990"),
                AdminUnit(code: "99002", name: "Xã Hai", kindName: "xã", parentCode: "990"),
                AdminUnit(code: "99003", name: "Xã Ba", kindName: "xã", parentCode: "99"),
                AdminUnit(code: "98", name: "Tỉnh Khác", kindName: "tỉnh"),
                AdminUnit(code: "98001", name: "Xã Khác", kindName: "xã", parentCode: "98"),
                // Ended before the day asked about: not a member.
                AdminUnit(
                    code: "99004", name: "Xã Cũ", kindName: "xã", parentCode: "990",
                    validTo: CalendarDay(year: 2015, month: 3, day: 10)),
            ])
            let rate = Indicator(code: "bhyt", name: "Tỷ lệ tham gia BHYT", unitOfMeasure: "%", kind: .rate)
            try await store.save(indicators: [rate])
            let parts: [(String, Decimal, Decimal)] = [
                ("99001", 2_990, 3_111), ("99002", 3_195, 3_565), ("99003", 90, 100), ("98001", 1, 2), ("99004", 5, 10),
            ]
            try await store.add(
                observations: parts.map {
                    Observation(
                        indicatorCode: "bhyt", unitCode: $0.0, period: .year(2024),
                        value: .ratio(numerator: $0.1, denominator: $0.2))
                }, recordedAt: TestClock.now)
            let found = try await store.communeFigures(under: "99", at: day, indicatorCodes: ["bhyt"], periods: [.year(2024)])
            let communes = found.communes
            #expect(communes.map(\.code) == ["99001", "99002", "99003"])
            #expect(communes.first?.name == "Xã Một")
            let figures = found.figures
            #expect(Set(figures.map(\.unitCode)) == ["99001", "99002", "99003"])
            // A commune without a figure still comes back: it is one that has not reported.
            let none = try await store.communeFigures(under: "99", at: day, indicatorCodes: ["khac"], periods: [.year(2024)])
            #expect(none.communes.count == 3)
            #expect(none.figures.isEmpty)
            let rolled = RolledUpFigures.compute(
                parentCode: "99", members: communes.map { RollUp.Member(unitCode: $0.code) }, indicators: [rate],
                observations: figures, periods: [.year(2024)], mainPeriod: .year(2024))
            let members = parts.filter { ["99001", "99002", "99003"].contains($0.0) }
            #expect(
                rolled.observations.first?.value
                    == .ratio(numerator: members.map(\.1).reduce(0, +), denominator: members.map(\.2).reduce(0, +)))
            #expect(rolled.missing.isEmpty)
        }
    }
}
