import Foundation
import KTXHCore
import Testing

/// Pace, projection and back-testing (docs/evaluation.md, "Pace and projection").
@Suite("Monitoring: expected pace and year-end projection")
struct MonitoringTests {
    let h1 = Period(year: 2024, kind: .half(1))
    let d = { (text: String) in Decimal(string: text)! }

    func judge(
        _ target: Decimal, _ actual: Decimal, expected: ExpectedPace?, accumulation: Indicator.Accumulation = .cumulative,
        direction: Indicator.Direction = .up
    ) -> Evaluation {
        var input = EvaluationInput(
            target: TargetExpression(.value(target)), actual: .number(actual), period: h1, term: .year(2024),
            direction: direction, accumulation: accumulation)
        input.expected = expected
        return Evaluator.evaluate(input)
    }

    @Test("The unit's own years set the pace when there are three or more: their median share, five most recent")
    func ownHistory() {
        let own: [(year: Int, share: Decimal)] = [
            (2017, d("0.9")), (2018, d("0.2")), (2019, d("0.22")), (2020, d("0.25")), (2021, d("0.24")), (2023, d("0.26")),
        ]
        let pace = ExpectedPace.cumulative(target: 317, period: h1, ownShares: own, peerShares: [], peerYear: 2023)
        #expect(pace.basis == .ownHistory(years: [2018, 2019, 2020, 2021, 2023]))
        #expect(pace.toDate == 317 * d("0.24"))
        #expect(pace.shares.count == 5)
    }

    @Test("Short history falls back to comparable units, then to the share of the year elapsed")
    func fallbacks() {
        let two: [(year: Int, share: Decimal)] = [(2022, d("0.3")), (2023, d("0.3"))]
        let peers = [d("0.4"), d("0.42"), d("0.44"), d("0.46"), d("0.48")]
        let fromPeers = ExpectedPace.cumulative(target: 100, period: h1, ownShares: two, peerShares: peers, peerYear: 2023)
        #expect(fromPeers.basis == .comparableUnits(count: 5, year: 2023))
        #expect(fromPeers.toDate == 44)
        let linear = ExpectedPace.cumulative(
            target: 100, period: h1, ownShares: two, peerShares: Array(peers.prefix(4)), peerYear: 2023)
        #expect(linear.basis == .linear && linear.toDate == 50)
        #expect(ExpectedPace.share(toDate: 200, yearEnd: 100) == nil, "a cut-off far above the year's total is an error")
        #expect(!ExpectedPace.isYearToDate(Period(year: 2024, kind: .half(2))))
        #expect(ExpectedPace.isYearToDate(Period(year: 2024, kind: .nineMonths)))
    }

    @Test("Budget revenue at 22,84 % in June is at risk against an even year but only behind against its own seasons")
    func seasonal() {
        let revenue = d("72.4")
        #expect(judge(317, revenue, expected: nil).pace == .atRisk)
        let seasons = ExpectedPace.cumulative(
            target: 317, period: h1, ownShares: [(2021, d("0.24")), (2022, d("0.25")), (2023, d("0.26"))], peerShares: [],
            peerYear: 2023)
        let judged = judge(317, revenue, expected: seasons)
        #expect(judged.pace == .behindPace)
        #expect(judged.expectedToDate == d("79.25"))
        #expect(judged.ratioToExpected.map { $0 > d("0.91") && $0 < d("0.92") } == true)
        #expect(judge(317, 80, expected: seasons).pace == .onPace)
    }

    @Test("A handful of events a year (02 HTX) has no pace; twenty or more has")
    func fewEvents() {
        var input = EvaluationInput(
            target: TargetExpression(.value(2)), actual: .number(0), period: h1, term: .year(2024), accumulation: .cumulative)
        input.isCount = true
        #expect(Evaluator.evaluate(input).pace == nil)
        input.target = TargetExpression(.value(40))
        #expect(Evaluator.evaluate(input).pace == .atRisk)
    }

    @Test("Thresholds: 95 % of the expected pace and over on pace, 85-95 % behind, under 85 % at risk")
    func thresholds() {
        #expect(Pace(ratio: d("0.95")) == .onPace)
        #expect(Pace(ratio: d("0.9499")) == .behindPace)
        #expect(Pace(ratio: d("0.85")) == .behindPace)
        #expect(Pace(ratio: d("0.8499")) == .atRisk)
    }

    @Test("A rate is judged by the progress made from last year's level; without that level, not enough data")
    func stock() {
        let path = ExpectedPace.stock(target: 4, period: h1, lastYear: 5)
        #expect(path.toDate == d("4.5"))
        let slow = judge(4, d("4.6"), expected: path, accumulation: .stock, direction: .down)
        #expect(slow.pace == .atRisk && slow.ratioToExpected == d("0.8"))
        #expect(judge(4, d("4.45"), expected: path, accumulation: .stock, direction: .down).pace == .onPace)
        let none = ExpectedPace.stock(target: 4, period: h1, lastYear: nil)
        #expect(judge(4, d("4.45"), expected: none, accumulation: .stock, direction: .down).pace == .insufficientData)
        #expect(judge(4, d("4.45"), expected: nil, accumulation: .stock, direction: .down).pace == nil)
    }

    @Test("The projection's middle is the median share's, its range a 90 % prediction interval, with its sentence")
    func projection() throws {
        let shares = [d("0.4"), d("0.45"), d("0.5")]
        let pace = ExpectedPace(toDate: 0, shares: shares, basis: .ownHistory(years: [2021, 2022, 2023]))
        let projection = try #require(Projection.yearEnd(toDate: 100, pace: pace, target: 240))
        #expect(projection.mid == 100 / d("0.45"))
        // t(2) = 2,920 × s = 0,05 × √(4/3): three years say little about the fourth.
        let spread = Statistics.predictionSpread(shares)
        #expect(spread > d("0.1685") && spread < d("0.1687"))
        #expect(projection.low == 100 / (d("0.45") + spread) && projection.high == 100 / (d("0.45") - spread))
        #expect(projection.sentence(unit: "tỷ đồng") == "dự báo cả năm đạt khoảng 162-355 tỷ đồng, khoảng 67-148% kế hoạch")
        let steady = ExpectedPace(
            toDate: 0, shares: [d("0.5"), d("0.5"), d("0.5")], basis: .ownHistory(years: [2021, 2022, 2023]))
        #expect(Projection.yearEnd(toDate: 60, pace: steady, target: nil).map { [$0.low, $0.mid, $0.high] } == [120, 120, 120])
        let linear = try #require(
            Projection.yearEnd(toDate: 100, pace: ExpectedPace(toDate: 120, shares: [], basis: .linear), target: 240))
        #expect(linear.mid == 200 && linear.low == 170 && linear.high == 230)
        #expect(Projection.yearEnd(toDate: 4, pace: ExpectedPace.stock(target: 4, period: h1, lastYear: 5), target: 4) == nil)
    }

    @Test("Back-testing: a steady season projects exactly; a changing one errs by the change, the range tells")
    func backtest() {
        var steady = Backtest.Tally()
        steady.add(
            Backtest.Series(
                toDate: [2020: 50, 2021: 55, 2022: 60, 2023: 65], yearEnd: [2020: 100, 2021: 110, 2022: 120, 2023: 130]))
        let outcome = steady.outcome("H1")
        #expect(outcome.cases == 1 && outcome.medianAbsolutePercentError == 0 && outcome.coverage == 100)
        var shifted = Backtest.Tally()
        shifted.add(
            Backtest.Series(
                toDate: [2020: 50, 2021: 50, 2022: 50, 2023: 60], yearEnd: [2020: 100, 2021: 100, 2022: 100, 2023: 100]))
        let miss = shifted.outcome("H1")
        #expect(miss.medianAbsolutePercentError == 20 && miss.coverage == 0)
        #expect(Backtest.Tally().outcome("9M").cases == 0)
    }
}

/// Figures that moved unusually against last year, as a question for the reporter.
@Suite("Unusual changes")
struct UnusualChangeTests {
    let revenue = Indicator(
        code: "thu", name: "Thu ngân sách trên địa bàn", unitOfMeasure: "tỷ đồng", kind: .quantity, direction: .up,
        accumulation: .cumulative)

    func unit(_ index: Int) -> AdminUnit {
        AdminUnit(code: String(format: "%05d", index), name: "Xã \(index)", kindName: "xã", parentCode: "01")
    }

    @Test("A change far from what the other units' changes usually are stands out, worded as a question")
    func outlier() throws {
        let usual: [Decimal] = [105, 108, 110, 107, 112, 109, 106]
        var figures = usual.enumerated().map { (unit: unit($0.offset), current: $0.element, previous: Decimal(100)) }
        #expect(UnusualChange.find(indicator: revenue, figures: figures).isEmpty)
        figures.append((unit(99), 350, 100))
        let found = UnusualChange.find(indicator: revenue, figures: figures)
        #expect(found.map(\.unit.code) == ["00099"])
        let change = try #require(found.first)
        #expect(change.change == 250 && change.score > UnusualChange.threshold)
        #expect(
            change.question
                == "Xã 99: thu ngân sách trên địa bàn tăng 250% so với cùng kỳ, trong khi các đơn vị khác thường tăng 9%. "
                + "Số liệu này có cần kiểm tra lại hoặc giải thích thêm không?")
        #expect(UnusualChange.find(indicator: revenue, figures: Array(figures.suffix(4))).isEmpty, "four units say nothing")
    }
}
