/// How big each benchmark is: the full run BENCHMARKS.md shows, or the quick one the test command runs so that
/// the benchmark code cannot rot.
public struct BenchmarkSizes: Sendable {
    public var importLines: Int
    public var rollUpCommunes: Int?
    public var rollUpIndicators: Int
    public var xlsxRows: Int
    public var scalingCommunes: [Int?]
    public var scalingYears: [Int]
    public var scalingIndicators: Int
    public var runs: Int
    /// How long `wrk` loads each page, and how many communes' reporters save at once.
    public var httpSeconds: Int
    public var httpReporters: Int

    public static let full = BenchmarkSizes(
        importLines: 1_000_000, rollUpCommunes: nil, rollUpIndicators: 60, xlsxRows: 199_260,
        scalingCommunes: [100, 1_000, nil], scalingYears: [1, 3, 5], scalingIndicators: 20, runs: 3, httpSeconds: 10,
        httpReporters: 100)

    public static let quick = BenchmarkSizes(
        importLines: 20_000, rollUpCommunes: 120, rollUpIndicators: 6, xlsxRows: 5_000, scalingCommunes: [40, 80],
        scalingYears: [1, 2], scalingIndicators: 3, runs: 1, httpSeconds: 1,
        httpReporters: 20)
}
