import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHWorkflows

/// Rolling communes up to provinces on the synthetic data set, warm: one province's table (the one with most
/// communes) and all 34, against the hand-written GROUP BY on the same database and DuckDB over the same figures.
enum RollUpBenchmarks {
    struct Measured {
        var results: [BenchmarkResult]
        var disagreements: Int
        /// The loaded national data, which the load benchmark serves next.
        var location: DatabaseLocation
        var spec: SyntheticSpec
    }

    /// The spec of the national data the roll-up and the load benchmarks run on.
    static func spec(_ sizes: BenchmarkSizes) -> SyntheticSpec {
        SyntheticSpec(communes: sizes.rollUpCommunes, indicators: sizes.rollUpIndicators, years: 1, periods: [.year])
    }

    static func run(
        sizes: BenchmarkSizes, on database: BenchmarkDatabase, duckDB: inout Double?, progress: (String) -> Void
    ) async throws -> Measured {
        let spec = spec(sizes)
        let location = try database.fresh("rollup")
        progress("Tổng hợp trên \(database.name): nạp bộ dữ liệu tổng hợp")
        let summary = try await Store.withMigrated(location) { try await SyntheticDataSet.load(spec, into: $0) }
        let period = Period.year(spec.lastYear)
        let day = CalendarDay.endOfYear(spec.lastYear)
        let codes = (0..<spec.indicators).map { spec.indicator($0).code }
        progress("Tổng hợp trên \(database.name): đo")
        let (all, one, kept) = try await Store.withMigrated(location) { store in
            let all = try await RollUpBenchmark.measure(
                store: store, indicatorCodes: codes, period: period, day: day, runs: max(3, sizes.runs))
            let one = try await largestProvince(store: store, codes: codes, period: period, day: day, runs: 5)
            let kept = try await RollUpBenchmark.measureKept(
                store: store, indicatorCodes: codes, period: period, day: day, largest: one.province, runs: 5)
            return (all, one, kept)
        }
        let disagreements = all.disagreements + kept.disagreements
        if case .sqlite(let directory) = database, case .sqlite(let path) = location, duckDB == nil {
            duckDB = try? DuckDBReference.seconds(database: path, period: period.code, work: directory)
        }
        let size = "\(summary.communes) communes × \(spec.indicators) indicators, \(summary.figures) figures"
        let median = RollUpBenchmark.Report.median
        let ktxhAll = median(all.ktxh)
        return Measured(
            results: [
                BenchmarkResult(
                    name: "roll-up 1 province \(database.name)", ktxh: one.seconds * 1_000, reference: nil,
                    referenceName: "—", unit: "ms", detail: "province \(one.province), \(one.communes) communes; \(size)",
                    goal: "< 20 ms"),
                BenchmarkResult(
                    name: "roll-up 34 provinces \(database.name)", ktxh: ktxhAll * 1_000,
                    reference: RollUpBenchmark.Report.median(all.reference) * 1_000, referenceName: "hand-written GROUP BY",
                    unit: "ms",
                    detail: "\(size); \(disagreements) cells differ", goal: "< 200 ms"),
                BenchmarkResult(
                    name: "roll-up 34 provinces \(database.name) vs DuckDB", ktxh: ktxhAll * 1_000,
                    reference: duckDB.map { $0 * 1_000 }, referenceName: "DuckDB", unit: "ms", detail: size,
                    goal: "≤ 2× DuckDB"),
                BenchmarkResult(
                    name: "roll-up 1 province \(database.name), kept table", ktxh: median(kept.one) * 1_000,
                    reference: one.seconds * 1_000, referenceName: "the same, computed", unit: "ms",
                    detail: "province \(one.province), figures unchanged since the table was computed; \(size)",
                    goal: "< 20 ms"),
                BenchmarkResult(
                    name: "roll-up 34 provinces \(database.name), kept tables", ktxh: median(kept.all) * 1_000,
                    reference: duckDB.map { $0 * 1_000 }, referenceName: "DuckDB", unit: "ms",
                    detail: "figures unchanged since the tables were computed; \(size); \(kept.disagreements) cells differ",
                    goal: "< 200 ms, ≤ 2× DuckDB"),
            ], disagreements: disagreements, location: location, spec: spec)
    }

    /// The province with most communes: the table that takes longest.
    static func largestProvince(store: Store, codes: [String], period: Period, day: CalendarDay, runs: Int) async throws
        -> (province: String, communes: Int, seconds: Double)
    {
        let province = try largestProvinceCode()
        let communes = try await store.communeFigures(under: province, at: day, indicatorCodes: [], periods: [period])
            .communes.count
        let catalogue = try await store.indicators()
        let indicators = codes.compactMap { catalogue[$0] }
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            _ = try await RollUpBenchmark.table(
                store: store, province: province, indicators: indicators, period: period, day: day)
            times.append(RollUpBenchmark.seconds(clock.now - start))
        }
        return (province, communes, RollUpBenchmark.Report.median(times))
    }

    /// The province of the 2025 map with most communes.
    static func largestProvinceCode() throws -> String {
        let map = try ShippedData.adminUnits2025()
        let counts = Dictionary(grouping: map.filter { $0.code.count == 5 }, by: { $0.parentCode ?? "" })
        guard let province = counts.max(by: { $0.value.count < $1.value.count })?.key else {
            throw BenchmarkError("Bản đồ 2025 không có xã nào.")
        }
        return province
    }

    /// Roll-up time of all 34 provinces against the number of communes and of years held.
    static func scaling(sizes: BenchmarkSizes, work: URL, progress: (String) -> Void) async throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        for communes in sizes.scalingCommunes {
            for years in sizes.scalingYears {
                let spec = SyntheticSpec(communes: communes, indicators: sizes.scalingIndicators, years: years)
                let location = try BenchmarkDatabase.sqlite(directory: work).fresh("scaling")
                progress("Quy mô: \(communes.map(String.init) ?? "3321") xã, \(years) năm")
                let loaded = try await Store.withMigrated(location) { try await SyntheticDataSet.load(spec, into: $0) }
                let codes = (0..<spec.indicators).map { spec.indicator($0).code }
                let measured = try await Store.withMigrated(location) { store in
                    try await RollUpBenchmark.measure(
                        store: store, indicatorCodes: codes, period: .year(spec.lastYear), day: .endOfYear(spec.lastYear),
                        runs: 3)
                }
                results.append(
                    BenchmarkResult(
                        name: "scaling \(loaded.communes) communes × \(years) years",
                        ktxh: RollUpBenchmark.Report.median(measured.ktxh) * 1_000,
                        reference: RollUpBenchmark.Report.median(measured.reference) * 1_000,
                        referenceName: "hand-written GROUP BY",
                        unit: "ms", detail: "\(loaded.figures) figures, \(spec.indicators) indicators, SQLite",
                        goal: "linear or better"))
            }
        }
        return results
    }
}
