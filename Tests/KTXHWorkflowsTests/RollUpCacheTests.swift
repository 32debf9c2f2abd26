import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import Testing

@testable import KTXHWorkflows

/// Kept roll-up tables: served while their figures and communes are unchanged, computed again as soon as a figure
/// is added, and always equal to the table computed from scratch.
@Suite("Kept roll-up tables")
struct RollUpCacheTests {
    static let spec = SyntheticSpec(communes: 60, indicators: 4, lastYear: 2025, years: 1, periods: [.year])

    @Test(
        "A kept table is served until a figure is added, then computed again from the new figures",
        arguments: TestDatabase.available)
    func invalidated(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            _ = try await SyntheticDataSet.load(Self.spec, into: store)
            let catalogue = try await store.indicators()
            let indicators = (0..<4).compactMap { catalogue[Self.spec.indicator($0).code] }
            let period = Period.year(2025)
            let day = CalendarDay.endOfYear(2025)
            let communes = SyntheticDataSet.selectedCommunes(
                try ShippedData.adminUnits2025().filter { $0.code.count == 5 }, limit: Self.spec.communes)
            let commune = try #require(communes.first)
            let province = try #require(commune.parentCode)

            let cache = RollUpCache()
            func kept() async throws -> RollUpCache.Table {
                try await cache.rolledUp(
                    store: store, parentCode: province, day: day, indicators: indicators, periods: [period],
                    mainPeriod: period)
            }
            let fresh = { () async throws -> RolledUpFigures in
                try await RollUpBenchmark.table(
                    store: store, province: province, indicators: indicators, period: period, day: day)
            }
            let first = try await kept()
            #expect(first.figures == (try await fresh()))
            #expect(try await kept().figures == first.figures)
            #expect(await cache.computed == 1)

            // A later final figure of one commune: the province's sum moves, and the kept table must not stay.
            let counted = try #require(indicators.first { $0.aggregation == .sum })
            let old = try #require(first.figures.observations.first { $0.indicatorCode == counted.code }?.value.number)
            try await store.add(
                observations: [
                    Observation(
                        indicatorCode: counted.code, unitCode: commune.code, period: period, value: .number(old + 1_000_000),
                        kind: .actual)
                ], recordedAt: TestClock.now)
            let after = try await kept()
            #expect(await cache.computed == 2)
            #expect(after.figures == (try await fresh()))
            let new = try #require(after.figures.observations.first { $0.indicatorCode == counted.code }?.value.number)
            #expect(new != old)

            // Other indicators are another table.
            _ = try await cache.rolledUp(
                store: store, parentCode: province, day: day, indicators: Array(indicators.prefix(2)), periods: [period],
                mainPeriod: period)
            #expect(await cache.computed == 3)
        }
    }
}
