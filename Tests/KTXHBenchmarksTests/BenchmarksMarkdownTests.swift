import Foundation
import Testing

@testable import KTXHBenchmarks

/// What `ktxh bench` writes: BENCHMARKS.md's first section replaced, the notes after it kept; the JSON shape
/// scripts read.
@Suite("Benchmark report")
struct BenchmarksMarkdownTests {
    static let report = BenchmarkReport(
        machine: Machine(cores: 2, memoryGiB: 24, system: "Linux", build: "release"),
        date: Date(timeIntervalSince1970: 1_796_601_600), quick: false,
        results: [
            BenchmarkResult(name: "import SQLite", ktxh: 49.5, reference: 1.32, referenceName: "sqlite3 .import", unit: "s"),
            BenchmarkResult(name: "roll-up 1 province SQLite", ktxh: 61.2, reference: nil, referenceName: "—", unit: "ms"),
        ])

    @Test("The section shows each figure beside its reference and their ratio; a missing reference has none")
    func section() {
        let text = BenchmarksMarkdown.section(Self.report)
        #expect(text.contains("| import SQLite |  | 49.50 s | 1.32 s | sqlite3 .import | 37.50× |"))
        #expect(text.contains("| roll-up 1 province SQLite |  | 61.2 ms | not measured | — | — |"))
        #expect(text.contains("2 cores, 24 GiB"))
    }

    @Test("Rewriting replaces the last run and keeps the hand-written notes; a file without one gets it after its title")
    func rewrite() {
        let first = BenchmarksMarkdown.rewrite("# Benchmarks\n\nNotes by hand.\n", with: Self.report)
        #expect(first.hasPrefix("# Benchmarks\n\n<!-- ktxh bench: begin -->"))
        #expect(first.hasSuffix("<!-- ktxh bench: end -->\n\nNotes by hand.\n"))
        var later = Self.report
        later.results[0].ktxh = 10
        let second = BenchmarksMarkdown.rewrite(first, with: later)
        #expect(second.contains("10.00 s") && !second.contains("49.50 s"))
        #expect(second.components(separatedBy: "ktxh bench: begin").count == 2)
        #expect(second.hasSuffix("Notes by hand.\n"))
    }

    @Test("--json: machine, and per result name, ktxh, reference, ratio, unit")
    func json() throws {
        let object = Self.report.jsonObject
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(object["machine"] is [String: Any])
        #expect(results.count == 2)
        for key in ["name", "ktxh", "reference", "ratio", "unit"] { #expect(results[0][key] != nil, "\(key)") }
        #expect(abs((results[0]["ratio"] as? Double ?? 0) - 37.5) < 1e-9)
        #expect(results[1]["ratio"] is NSNull)
        #expect(JSONSerialization.isValidJSONObject(object))
    }
}
