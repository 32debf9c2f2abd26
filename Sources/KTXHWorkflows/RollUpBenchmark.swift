import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage

/// `ktxh bench rollup`: every 2025 commune reporting `indicators` indicators (half counts, half rates, one in
/// twenty figures missing), rolled up to the 34 provinces by ktxh's roll-up (one query per province table,
/// then the core's rules) and by one hand-written SQL query, timed in the same run and checked to agree.
public enum RollUpBenchmark {
    public struct Report: Sendable {
        public var communes: Int
        public var indicators: Int
        public var figures: Int
        public var provinces: Int
        public var ktxhSeconds: [Double]
        public var referenceSeconds: [Double]
        /// Province × indicator cells where the two disagree (must be 0).
        public var disagreements: Int

        public var ktxhMedian: Double { Self.median(ktxhSeconds) }
        public var referenceMedian: Double { Self.median(referenceSeconds) }

        /// The middle run: of three, the one neither fastest nor slowest.
        public static func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        }
    }

    /// Loads the data into `store` (migrated, empty), then measures: the one call `ktxh bench rollup` makes.
    public static func run(
        store: Store, indicators: Int, runs: Int, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> Report {
        let loaded = try await prepare(store: store, indicators: indicators, progress: progress)
        let result = try await measure(
            store: store, indicatorCodes: (0..<indicators).map { "bench-\($0)" }, period: period, day: day, runs: runs)
        return Report(
            communes: loaded.communes, indicators: indicators, figures: loaded.figures, provinces: result.provinces,
            ktxhSeconds: result.ktxh, referenceSeconds: result.reference, disagreements: result.disagreements)
    }

    static let period = Period.year(2025)
    static let day = CalendarDay.endOfYear(2025)

    /// Loads the shipped map and the generated figures into `store` (migrated, empty).
    static func prepare(store: Store, indicators count: Int, progress: @escaping @Sendable (String) -> Void)
        async throws -> (communes: Int, figures: Int)
    {
        try await UnitHistoryWorkflow.importUnits(store: store, files: [])
        let indicators = (0..<count).map { index in
            index.isMultiple(of: 2)
                ? Indicator(code: "bench-\(index)", name: "Số lượng \(index)", unitOfMeasure: "Hộ", kind: .count)
                : Indicator(code: "bench-\(index)", name: "Tỷ lệ \(index)", unitOfMeasure: "%", kind: .rate)
        }
        try await store.save(indicators: indicators)
        let communes = try ShippedData.adminUnits2025().filter { $0.code.count == 5 }.map(\.code)
        progress("Sinh số liệu: \(communes.count) xã × \(count) chỉ tiêu")
        // Recorded at one fixed time, so that every run holds the same data.
        let figures = GeneratedFigures(communes: communes, indicators: count, period: period)
        let result = try await store.append(streaming: figures, recordedAt: Date(timeIntervalSince1970: 0))
        return (communes.count, result.observationsAdded)
    }

    /// Times both roll-ups `runs` times and compares their results: province × indicator cells that disagree.
    public static func measure(
        store: Store, indicatorCodes: [String], period: Period, day: CalendarDay, runs: Int
    ) async throws -> (ktxh: [Double], reference: [Double], provinces: Int, disagreements: Int) {
        let provinces = try ShippedData.adminUnits2025().filter { $0.code.count == 2 }.map(\.code)
        let catalogue = try await store.indicators()
        let indicators = indicatorCodes.compactMap { catalogue[$0] }
        let clock = ContinuousClock()
        var ours: [Double] = []
        var theirs: [Double] = []
        var computed: [String: RolledUpFigures] = [:]
        var reference: [ReferenceRollUpRow] = []
        for _ in 0..<runs {
            let start = clock.now
            for province in provinces {
                computed[province] = try await table(
                    store: store, province: province, indicators: indicators, period: period, day: day)
            }
            ours.append(seconds(clock.now - start))
            let referenceStart = clock.now
            reference = try await store.handWrittenRollUp(period: period, at: day)
            theirs.append(seconds(clock.now - referenceStart))
        }
        return (ours, theirs, provinces.count, disagreements(computed, reference))
    }

    /// All provinces served by a `RollUpCache` that computed each table once before: what a page read again
    /// between two saves costs. Times `runs` rounds of all provinces, then `runs` of `largest` alone; the kept
    /// tables are compared with the hand-written query cell by cell, and none may have been computed again.
    public static func measureKept(
        store: Store, indicatorCodes: [String], period: Period, day: CalendarDay, largest: String, runs: Int
    ) async throws -> (all: [Double], one: [Double], disagreements: Int) {
        let provinces = try ShippedData.adminUnits2025().filter { $0.code.count == 2 }.map(\.code)
        let catalogue = try await store.indicators()
        let indicators = indicatorCodes.compactMap { catalogue[$0] }
        let cache = RollUpCache()
        func table(_ province: String) async throws -> RolledUpFigures {
            try await cache.rolledUp(
                store: store, parentCode: province, day: day, indicators: indicators, periods: [period],
                mainPeriod: period
            ).figures
        }
        var kept: [String: RolledUpFigures] = [:]
        for province in provinces { kept[province] = try await table(province) }
        let clock = ContinuousClock()
        var all: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            for province in provinces { kept[province] = try await table(province) }
            all.append(seconds(clock.now - start))
        }
        var one: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            _ = try await table(largest)
            one.append(seconds(clock.now - start))
        }
        let computed = await cache.computed
        let differing = disagreements(kept, try await store.handWrittenRollUp(period: period, at: day))
        return (all, one, differing + (computed == provinces.count ? 0 : computed))
    }

    /// One province's table: its communes' figures in one query, then the core's rules.
    public static func table(
        store: Store, province: String, indicators: [Indicator], period: Period, day: CalendarDay
    ) async throws -> RolledUpFigures {
        try await RollUpCache.compute(
            store: store, parentCode: province, day: day, indicators: indicators, periods: [period], mainPeriod: period
        ).figures
    }

    static func disagreements(_ computed: [String: RolledUpFigures], _ reference: [ReferenceRollUpRow]) -> Int {
        var count = 0
        for row in reference {
            let ours = computed[row.provinceCode]?.observations.first { $0.indicatorCode == row.indicatorCode }?.value
            let agrees: Bool
            switch ours {
            case .number(let total): agrees = close(total, row.total)
            case .ratio(let n, let d): agrees = close(n, row.numerator) && close(d, row.denominator)
            default: agrees = false
            }
            if !agrees { count += 1 }
        }
        return count
    }

    static func close(_ value: Decimal, _ other: Double?) -> Bool {
        guard let other else { return false }
        return abs(NSDecimalNumber(decimal: value).doubleValue - other) <= 1e-6 * max(1, abs(other))
    }

    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The benchmark's figures, made one at a time: counts 1-1000 and rates of 500-5,000 households, from the
/// commune's and indicator's positions, so that every run loads the same data.
final class GeneratedFigures: ObservationStream, @unchecked Sendable {
    let communes: [String]
    let indicators: Int
    let period: Period
    // Only `next()` touches the position, from the one task that reads the stream.
    private var position = 0

    init(communes: [String], indicators: Int, period: Period) {
        self.communes = communes
        self.indicators = indicators
        self.period = period
    }

    func next() throws -> Observation? {
        while position < communes.count * indicators {
            let (c, i) = position.quotientAndRemainder(dividingBy: indicators)
            position += 1
            if (c + i) % 20 == 0 { continue }
            let value: Observation.Value
            if i.isMultiple(of: 2) {
                value = .number(Decimal((c * 7_919 + i * 104_729) % 1_000 + 1))
            } else {
                let denominator = 500 + (c * 31 + i * 17) % 4_500
                value = .ratio(
                    numerator: Decimal(denominator * (50 + (c * 13 + i * 7) % 50) / 100), denominator: Decimal(denominator))
            }
            return Observation(indicatorCode: "bench-\(i)", unitCode: communes[c], period: period, value: value)
        }
        return nil
    }
}
