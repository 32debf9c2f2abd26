import Foundation
import KTXHCore
import Testing

@Suite("Observation versions")
struct ObservationTests {
    func figure(_ value: Decimal, _ kind: Observation.Kind, version: Int) -> Observation {
        Observation(
            indicatorCode: "thu-nsnn", unitCode: "058", period: Period(year: 2024, kind: .half(1)), value: .number(value),
            kind: kind, version: version)
    }

    @Test("An actual outranks a later estimate (seed 001: 72,4 actual to 31/5 beside 86,6 estimated)")
    func actualOverEstimate() {
        let current = Observation.current(in: [figure(72.4, .actual, version: 1), figure(86.6, .estimate, version: 2)])
        #expect(current?.value == .number(72.4))
    }

    @Test("Among the same kind the latest version counts")
    func latestCounts() {
        let current = Observation.current(in: [figure(86.6, .estimate, version: 1), figure(88, .estimate, version: 2)])
        #expect(current?.value == .number(88))
        #expect(Observation.current(in: []) == nil)
    }
}
