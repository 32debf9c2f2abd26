import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import Testing

@testable import KTXHWorkflows

/// `ktxh synth`: a reproducible data set on the 2025 map, small here (60 communes, 4 indicators, 2 years).
@Suite("The synthetic data set")
struct SyntheticDataSetTests {
    static let spec = SyntheticSpec(communes: 60, indicators: 4, lastYear: 2025, years: 2)

    static func figures(_ spec: SyntheticSpec) throws -> [Observation] {
        let communes = SyntheticDataSet.selectedCommunes(
            try ShippedData.adminUnits2025().filter { $0.code.count == 5 }, limit: spec.communes
        ).map(\.code)
        let stream = SyntheticFigures(
            spec: spec, communes: communes, values: SyntheticValues(spec: spec), leaving: [])
        var result: [Observation] = []
        while let next = try stream.next() { result.append(next) }
        return result
    }

    @Test("The same seed gives the same figures, another seed other figures")
    func reproducible() throws {
        let first = try Self.figures(Self.spec)
        #expect(!first.isEmpty)
        #expect(first == (try Self.figures(Self.spec)))
        var other = Self.spec
        other.seed = 2
        let second = try Self.figures(other)
        #expect(second.map(\.value) != first.map(\.value))
    }

    @Test("Figures behave as reported ones do: a year's total reached at a pace, rates with their households")
    func plausible() throws {
        let values = SyntheticValues(spec: Self.spec)
        for commune in 0..<20 {
            // Budget revenue (cumulative): the first half is a part of the year, nine months a bigger part.
            let half = values.value(commune, 0, year: 2025, period: .half(1)).number ?? 0
            let nine = values.value(commune, 0, year: 2025, period: .nineMonths).number ?? 0
            let year = values.value(commune, 0, year: 2025, period: .year).number ?? 0
            #expect(half > 0 && half < nine && nine < year)
            // Poverty rate (a rate, falling): a numerator and a denominator, under last year's.
            guard case .ratio(let n, let d) = values.value(commune, 1, year: 2025, period: .year) else {
                Issue.record("the poverty rate is not written X/Y")
                continue
            }
            #expect(n > 0 && n < d)
            let last = values.yearEnd(commune, 1, year: 2024)
            #expect(values.yearEnd(commune, 1, year: 2025) < last + 0.5)
        }
        // The commune's plan states its targets in the words a council uses, and the engine reads them.
        let target = values.target(3, 0, year: 2025)
        #expect(target.text.hasPrefix("Đạt ") && target.text.hasSuffix("triệu đồng trở lên"))
        #expect(target.expression.referenceValue != nil)
    }

    @Test(
        "Loaded into a database: plans, figures, silent communes, web figures with their audit", arguments: TestDatabase.available
    )
    func loaded(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let summary = try await SyntheticDataSet.load(Self.spec, into: store)
            #expect(summary.communes == 60)
            #expect(summary.provinces == 34)
            #expect(summary.plans == (60 + 34) * 2)
            #expect(summary.targets == summary.plans * 4)
            #expect(try await store.observationCount() == summary.figures)
            #expect(summary.webFigures > 0)
            let audit = try await store.auditEntries(limit: 1_000)
            #expect(audit.filter { $0.actor == SyntheticDataSet.webReporter }.count >= summary.webFigures)
            // The year's figure: the estimate first, then the final one, which the roll-up takes.
            let codes = (0..<4).map { Self.spec.indicator($0).code }
            for period in [Period.year(2025), Period(year: 2025, kind: .half(1))] {
                let compared = try await RollUpBenchmark.measure(
                    store: store, indicatorCodes: codes, period: period, day: .endOfYear(2025), runs: 1)
                #expect(compared.disagreements == 0, "\(period)")
            }
        }
    }
}
