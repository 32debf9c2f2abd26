import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

/// `ktxh units import` with the shipped lists, and questions about 2025 units answered from their predecessors.
@Suite("Administrative map")
struct UnitHistoryTests {
    static let before = CalendarDay(year: 2024, month: 12, day: 31)!
    static let after = CalendarDay(year: 2025, month: 8, day: 1)!

    @Test(
        "The shipped lists load whole; a reused code names one unit before 1/7/2025 and another after",
        arguments: TestDatabase.available)
    func importAndShow(kind: TestDatabase.Kind) async throws {
        let expected = try (
            ShippedData.adminUnits2024().count + ShippedData.adminUnits2025().count, ShippedData.successions2025().count
        )
        try await TestDatabase.withStore(kind) { store in
            let result = try await UnitHistoryWorkflow.importUnits(store: store, files: [])
            #expect(result.versions == expected.0)
            #expect(result.successions == expected.1)
            let counts = try await store.unitHistoryCounts()
            #expect(counts.versions == expected.0)
            #expect(counts.successions == expected.1)

            let old = try #require(try await UnitHistoryWorkflow.history(store: store, code: "01843", at: Self.before))
            #expect(old.unit.name == "Phường Phùng Chí Kiên")
            #expect(old.parent?.code == "058")
            #expect(old.successors.map(\.newName) == ["Phường Bắc Kạn"])
            let new = try #require(try await UnitHistoryWorkflow.history(store: store, code: "01843", at: Self.after))
            #expect(new.unit.name == "Phường Bắc Kạn")
            #expect(new.parent?.name == "Thái Nguyên" || new.parent?.name == "Tỉnh Thái Nguyên")
            #expect(new.predecessors.map(\.oldCode) == ["01837", "01843", "01852", "01855"])
            // Loading again changes nothing.
            try await UnitHistoryWorkflow.importUnits(store: store, files: [])
            #expect(try await store.unitHistoryCounts().versions == expected.0)
        }
    }

    @Test("Phường Bắc Kạn (2025) answers a 2024 question by summing its four whole predecessors; a divided unit is flagged")
    func predecessorAnswers() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            try await UnitHistoryWorkflow.importUnits(store: store, files: [])
            let households = Indicator(code: "so-ho", name: "Số hộ dân cư", unitOfMeasure: "Hộ", kind: .count)
            try await store.save(indicators: [households])
            let figures: [(String, Decimal)] = [("01837", 1_200), ("01843", 1_500), ("01852", 873), ("01855", 950)]
            try await store.add(
                observations: figures.map {
                    Observation(indicatorCode: "so-ho", unitCode: $0.0, period: .year(2024), value: .number($0.1))
                }, recordedAt: TestClock.now)
            let answer = try #require(
                try await UnitHistoryWorkflow.figure(store: store, code: "01843", indicatorCode: "so-ho", period: .year(2024)))
            #expect(answer.result.value == .number(figures.map(\.1).reduce(0, +)))
            #expect(answer.isComparable)
            #expect(answer.explanation.contains("Xã Nông Thượng (01852, nguyên đơn vị)"))

            // Phường Ba Đình (00004) took parts of Ngọc Hà and Điện Biên: without their shares, no figure.
            try await store.add(
                observations: ["00004", "00013", "00016", "00019"].map {
                    Observation(indicatorCode: "so-ho", unitCode: $0, period: .year(2024), value: .number(1_000))
                }, recordedAt: TestClock.now)
            let divided = try #require(
                try await UnitHistoryWorkflow.figure(store: store, code: "00004", indicatorCode: "so-ho", period: .year(2024)))
            #expect(!divided.isComparable)
            #expect(divided.result.value == nil)
            #expect(divided.explanation.contains("Không so sánh được"))
        }
    }
}
