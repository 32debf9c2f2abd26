import Foundation
import KTXHCore
import Testing

/// Each aggregation rule, on figures shaped like the seeds' (X/Y rates, counts, Đạt/Không).
@Suite("Roll-up")
struct RollUpTests {
    let members = ["A", "B", "C"].map { RollUp.Member(unitCode: $0) }

    func figure(_ unit: String, _ value: Observation.Value, cutoff: String? = nil, version: Int = 0) -> Observation {
        Observation(
            indicatorCode: "x", unitCode: unit, period: .year(2024), value: value, cutoff: cutoff.flatMap(CalendarDay.init),
            version: version)
    }

    @Test("Sum: counts and amounts add up; a commune without a figure is listed as not reported")
    func sum() {
        let figures = ["A": figure("A", .number(800)), "B": figure("B", .number(8_000))]
        let result = RollUp.combine(members, figures: figures, rule: .sum)
        #expect(result.value == .number(8_800))
        #expect(result.missing == ["C"])
        #expect(!result.isComplete)
    }

    @Test("Rate: recomputed from summed numerators and denominators, not the mean of the rates")
    func ratio() throws {
        // A small commune at 90% and a large one at 50%: the mean says 70%, the households say 53,6%.
        let figures = [
            "A": figure("A", .ratio(numerator: 90, denominator: 100)),
            "B": figure("B", .ratio(numerator: 500, denominator: 1_000)),
        ]
        let result = RollUp.combine(Array(members.prefix(2)), figures: figures, rule: .ratio)
        #expect(result.value == .ratio(numerator: 590, denominator: 1_100))
        let rate = try #require(result.value?.number)
        let mean = figures.values.compactMap(\.value.number).reduce(0, +) / 2
        #expect(mean == 70)
        #expect(abs(rate - mean) > 15)
    }

    @Test("Rate: a bare percentage without its numerator and denominator cannot be recomputed and is set aside")
    func ratioWithoutParts() {
        let figures = ["A": figure("A", .ratio(numerator: 9, denominator: 10)), "B": figure("B", .number(50))]
        let result = RollUp.combine(Array(members.prefix(2)), figures: figures, rule: .ratio)
        #expect(result.value == .ratio(numerator: 9, denominator: 10))
        #expect(result.unusable == ["B"])
    }

    @Test("Units meeting the target: yes/no and figures judged by the engine become a count")
    func unitsMeeting() {
        let yesNo = ["A": figure("A", .yesNo(true)), "B": figure("B", .yesNo(false)), "C": figure("C", .yesNo(true))]
        let counted = RollUp.combine(members, figures: yesNo, rule: .unitsMeeting, target: TargetExpression(.yesNo(true)))
        #expect(counted.value == .number(2))
        #expect(counted.judged == 3)
        let rates = ["A": figure("A", .number(91)), "B": figure("B", .number(85)), "C": figure("C", .number(89))]
        let judged = RollUp.combine(
            members, figures: rates, rule: .unitsMeeting, target: TargetExpression.parse("≥ 90%"))
        #expect(judged.value == .number(1))
    }

    @Test("Latest value and none: a figure the same everywhere, and a rank that a sum would make meaningless")
    func latestAndNone() {
        let figures = [
            "A": figure("A", .number(36), cutoff: "2024-06-30"), "B": figure("B", .number(38), cutoff: "2024-12-14"),
        ]
        #expect(RollUp.combine(members, figures: figures, rule: .latest).value == .number(38))
        let none = RollUp.combine(members, figures: figures, rule: .none)
        #expect(none.value == nil)
        #expect(none.unusable.sorted() == ["A", "B"])
    }

    @Test("A divided unit counts by its share when one is given, and makes the figure not comparable otherwise")
    func dividedUnits() {
        let figures = ["A": figure("A", .number(100)), "B": figure("B", .number(50))]
        let shared = [RollUp.Member(unitCode: "A"), RollUp.Member(unitCode: "B", weight: 0.4)]
        #expect(RollUp.combine(shared, figures: figures, rule: .sum).value == .number(120))
        let unknown = [RollUp.Member(unitCode: "A"), RollUp.Member(unitCode: "B", weight: nil)]
        let result = RollUp.combine(unknown, figures: figures, rule: .sum)
        #expect(result.value == nil)
        #expect(result.unusable == ["B"])
    }

    @Test("Default rules follow the indicator's kind")
    func defaults() {
        #expect(AggregationRule.default(for: .count) == .sum)
        #expect(AggregationRule.default(for: .rate) == .ratio)
        #expect(AggregationRule.default(for: .yesNo) == .unitsMeeting)
        #expect(AggregationRule.default(for: .rank) == AggregationRule.none)
    }

    @Test("A province's figures from its communes: every indicator by its rule, non-reporters listed")
    func parentFigures() throws {
        let households = Indicator(code: "ho", name: "Số hộ", unitOfMeasure: "Hộ", kind: .count)
        let insurance = Indicator(code: "bhyt", name: "Tỷ lệ BHYT", unitOfMeasure: "%", kind: .rate)
        let observations = [
            Observation(indicatorCode: "ho", unitCode: "A", period: .year(2024), value: .number(851)),
            Observation(indicatorCode: "ho", unitCode: "B", period: .year(2024), value: .number(873)),
            Observation(
                indicatorCode: "bhyt", unitCode: "A", period: .year(2024), value: .ratio(numerator: 2_990, denominator: 3_111)),
        ]
        let rolled = RolledUpFigures.compute(
            parentCode: "P", members: members, indicators: [households, insurance], observations: observations,
            periods: [.year(2024)], mainPeriod: .year(2024))
        #expect(rolled.observations.first { $0.indicatorCode == "ho" }?.value == .number(1_724))
        #expect(rolled.observations.allSatisfy { $0.unitCode == "P" })
        #expect(rolled.missing["ho"] == ["C"])
        #expect(rolled.missing["bhyt"] == ["B", "C"])
    }
}
