import Foundation
import KTXHCore
import Testing

/// One test per rule of docs/evaluation.md, each written from a row of a seed.
@Suite("Evaluation rules")
struct EvaluatorTests {
    let h1 = Period(year: 2024, kind: .half(1))
    let year = Period.year(2024)

    func evaluate(
        _ target: String, _ actual: Observation.Value?, period: Period? = nil, direction: Indicator.Direction = .up,
        accumulation: Indicator.Accumulation = .stock, yearEnd: Bool = false, previous: Decimal? = nil,
        isRank: Bool = false, role: Target.Role = .binding
    ) -> Evaluation {
        Evaluator.evaluate(
            EvaluationInput(
                target: TargetExpression.parse(target), actual: actual, previous: previous, period: period ?? h1,
                term: year, direction: direction, accumulation: accumulation, judgedAtYearEnd: yearEnd,
                isRank: isRank, role: role))
    }

    @Test("A plain target passed is Vượt (seed 001 row 7: 08 HTX against 02; row 43: 93,75 against 91,5)")
    func plainTargetPassed() {
        #expect(evaluate("02", .number(8), accumulation: .cumulative).label == .exceeded)
        #expect(evaluate("91,5", .number(93.75)).label == .exceeded)
    }

    @Test("A plain target met exactly is Đạt (seed 001 row 11: 02 against 02; row 15: 85 against 85)")
    func plainTargetMetExactly() {
        #expect(evaluate("02", .number(2)).label == .met)
        #expect(evaluate("85", .number(85)).label == .met)
        #expect(evaluate("100", .number(100)).label == .met)
    }

    @Test("A bound met is Đạt, never Vượt (seed 001 row 3: 4.227 against >4.000; row 20: 100 against ≥ 99)")
    func boundMet() {
        #expect(evaluate(">4.000", .number(4227)).label == .met)
        #expect(evaluate("≥ 99", .number(100)).label == .met)
        #expect(evaluate(">80", .number(Decimal(string: "81.18")!)).label == .met)
    }

    @Test("Short of target in an open period is Chưa đạt (seed 001 row 1: 72,4 against 317)")
    func shortInOpenPeriod() {
        let result = evaluate("317", .number(Decimal(string: "72.4")!), accumulation: .cumulative)
        #expect(result.label == .notYetMet)
        #expect(result.percentOfPlan.map { round($0) } == Decimal(string: "22.84"))
        #expect(evaluate(">85", .number(Decimal(string: "70.73")!)).label == .notYetMet)
        #expect(evaluate("100", .number(Decimal(string: "97.37")!)).label == .notYetMet)
    }

    @Test("Short of target when the year is closed is Không đạt")
    func shortWhenClosed() {
        #expect(evaluate("317", .number(300), period: year, accumulation: .cumulative).label == .notMet)
        #expect(evaluate(">4.000", .number(3999), period: year).label == .notMet)
    }

    @Test("No value in an open period is Đánh giá cuối năm (seed 001 row 4)")
    func noValueOpen() {
        #expect(evaluate("3.761", nil).label == .judgeAtYearEnd)
    }

    @Test("No value when the year is closed is Chưa đủ cơ sở đánh giá")
    func noValueClosed() {
        #expect(evaluate("3.761", nil, period: year).label == .insufficientData)
    }

    @Test("An indicator judged at year end stays Đánh giá cuối năm mid-year (seed 001 row 10: 04 against 02)")
    func judgedAtYearEnd() {
        #expect(evaluate("02", .number(4), yearEnd: true).label == .judgeAtYearEnd)
        #expect(evaluate("02", .number(4), period: year, yearEnd: true).label == .exceeded)
    }

    @Test("A change target without a size met in direction is Đúng hướng (seed 000 row 42: giảm tai nạn giao thông)")
    func rightDirection() {
        #expect(evaluate("giảm", .number(4), direction: .down, previous: 6).label == .rightDirection)
        #expect(evaluate("giảm", .number(7), direction: .down, previous: 6).label == .notYetMet)
        #expect(evaluate("giảm", .number(7), period: year, direction: .down, previous: 6).label == .notMet)
    }

    @Test("A change target with a size compares the change (seed 004 (1): tăng 11%; seed 002 (23): giảm ≥ 05%)")
    func changeWithSize() {
        #expect(evaluate("tăng 11%", .number(111), period: year, previous: 100).label == .met)
        #expect(evaluate("tăng 11%", .number(120), period: year, previous: 100).label == .exceeded)
        #expect(evaluate("tăng 11%", .number(105), period: year, previous: 100).label == .notMet)
        #expect(evaluate("Giảm ≥ 05%", .number(90), period: year, direction: .down, previous: 100).label == .met)
        #expect(evaluate("Giảm ≥ 05%", .number(97), period: year, direction: .down, previous: 100).label == .notMet)
    }

    @Test("A rank rises when its number falls (seed 002 (17): Tăng 01 bậc)")
    func rankChange() {
        #expect(evaluate("Tăng 01 bậc", .number(40), period: year, direction: .down, previous: 41, isRank: true).label == .met)
        #expect(evaluate("Tăng 01 bậc", .number(42), period: year, direction: .down, previous: 41, isRank: true).label == .notMet)
    }

    @Test("Lower is better compares the other way (seed 000 row 24: suy dinh dưỡng <11,4; row 29: hộ nghèo 1,63)")
    func lowerIsBetter() {
        #expect(evaluate("<11,4", .number(10), direction: .down).label == .met)
        #expect(evaluate("<11,4", .number(12), period: year, direction: .down).label == .notMet)
        #expect(evaluate("1,63", .number(Decimal(string: "1.5")!), period: year, direction: .down).label == .exceeded)
        #expect(evaluate("1,63", .number(2), period: year, direction: .down).label == .notMet)
    }

    @Test("A range is Đạt inside and Vượt beyond on the good side (seed 002 (11): 02 - 2,5%)")
    func range() {
        #expect(evaluate("02 - 2,5%", .number(Decimal(string: "2.2")!), period: year).label == .met)
        #expect(evaluate("02 - 2,5%", .number(3), period: year).label == .exceeded)
        #expect(evaluate("02 - 2,5%", .number(1), period: year).label == .notMet)
        #expect(evaluate("02 - 2,5%", .number(1), period: year, direction: .down).label == .exceeded)
    }

    @Test("Maintain a level is Đạt at or above it (seed 000 row 13: Duy trì … 100%)")
    func maintain() {
        #expect(evaluate("duy trì 100%", .number(100)).label == .met)
        #expect(evaluate("duy trì 100%", .number(99), period: year).label == .notMet)
    }

    @Test("Yes/no targets and counts of units (seed 004 (14): 52/52 thôn)")
    func yesNoAndUnitCounts() {
        #expect(evaluate("Đạt", .yesNo(true), period: year).label == .met)
        #expect(evaluate("Đạt", .yesNo(false), period: year).label == .notMet)
        #expect(evaluate("52/52 thôn", .number(52), period: year).label == .met)
        #expect(evaluate("52/52 thôn", .number(50), period: year).label == .notMet)
    }

    @Test("A text target waits for a person (seed 001 row 41: Giảm cả 3 tiêu chí, judged by hand)")
    func textTarget() {
        #expect(evaluate("Hoàn thành", .text("đã hoàn thành")).label == .judgeAtYearEnd)
        #expect(evaluate("Hoàn thành", .text("đã hoàn thành"), period: year).label == .insufficientData)
    }

    @Test("A reference row gets % of plan but no label (seed 001 row 5: đàn lợn 15.719 against 21.000)")
    func referenceRow() {
        let result = evaluate("21.000", .number(15719), role: .reference)
        #expect(result.label == nil)
        #expect(result.percentOfPlan.map { round($0) } == Decimal(string: "74.85"))
    }

    @Test("% of the same period last year (seed 001 footnote 5: 97,55% so với cùng kỳ)")
    func percentOfPrevious() {
        let result = evaluate("3.761", .number(Decimal(string: "1857.4")!), previous: Decimal(string: "1904.1"))
        #expect(result.percentOfPrevious.map { round($0) } == Decimal(string: "97.55"))
    }

    @Test("A ratio figure is judged as its percentage (seed 001 footnote 28: 76/76 công dân)")
    func ratioFigure() {
        #expect(evaluate("100", .ratio(numerator: 76, denominator: 76)).label == .met)
        #expect(evaluate("100", .ratio(numerator: 75, denominator: 76)).label == .notYetMet)
    }

    @Test("Cumulative figures mid-year get a pace against the share of the year when no past years are given")
    func pace() {
        // 72,4 of 317 at mid-year is 46 % of the linear 158,5: at risk (under 85 %).
        #expect(evaluate("317", .number(Decimal(string: "72.4")!), accumulation: .cumulative).pace == .atRisk)
        #expect(evaluate("700", .number(400), accumulation: .cumulative).pace == .onPace)
        #expect(evaluate("700", .number(400), accumulation: .stock).pace == nil)
    }

    private func round(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }
}
