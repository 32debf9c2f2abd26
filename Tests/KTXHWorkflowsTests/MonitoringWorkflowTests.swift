import Foundation
import KTXHCore
import KTXHDemo
import KTXHDocuments
import KTXHStorage
import KTXHTestSupport
import Testing

@testable import KTXHWorkflows

/// `ktxh monitor` and its pages on the database: the pace from the unit's own past years, from comparable units, or
/// linear; the draft report's sentence on an indicator at risk; back-testing on the synthetic data set.
@Suite("Monitoring on the database")
struct MonitoringWorkflowTests {
    static let revenue = "thu-ngan-sach-nha-nuoc-tren-dia-ban"

    @Test(
        "Budget revenue at 22,84 % in June: at risk against an even year, only behind against the city's own seasons",
        arguments: TestDatabase.available)
    func seasons(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let code = try #require(
                try await store.progressTable(planID: plan.id, period: period)?.indicatorRows.first {
                    $0.indicator.name == "Thu ngân sách nhà nước trên địa bàn"
                }?.indicator.code)
            let linear = try #require(try await MonitoringWorkflow.monitor(store: store, planID: plan.id, period: period))
            let before = try #require(linear.items.first { $0.row.indicator.code == code })
            #expect(before.expected?.basis == .linear)
            #expect(before.evaluation?.pace == .atRisk)
            #expect(before.evaluation?.label == .notYetMet, "the plan label is the progress table's")
            // The draft report says so in a sentence, with the projection.
            let report = try await ReportLoader(store: store).progress(planID: plan.id, period: period)
            let risk = try #require(ReportNarrative(report).risks.first { $0.hasPrefix("Thu ngân sách nhà nước trên địa bàn") })
            #expect(risk.contains("có nguy cơ không đạt kế hoạch") && risk.contains("dự báo cả năm đạt khoảng"))

            // Three past years in which a quarter of the year's revenue had come in by June.
            var past: [Observation] = []
            for (year, toDate, total) in [(2021, 60, 250), (2022, 66, 264), (2023, 75, 288)] {
                past.append(
                    Observation(
                        indicatorCode: code, unitCode: plan.unitCode, period: Period(year: year, kind: .half(1)),
                        value: .number(Decimal(toDate))))
                past.append(
                    Observation(indicatorCode: code, unitCode: plan.unitCode, period: .year(year), value: .number(Decimal(total)))
                )
            }
            try await store.add(observations: past, recordedAt: TestClock.now)
            let seasonal = try #require(try await MonitoringWorkflow.monitor(store: store, planID: plan.id, period: period))
            let after = try #require(seasonal.items.first { $0.row.indicator.code == code })
            #expect(after.expected?.basis == .ownHistory(years: [2021, 2022, 2023]))
            #expect(after.evaluation?.pace == .behindPace)
            let projection = try #require(after.projection)
            #expect(projection.low < projection.mid && projection.mid < projection.high)
            #expect(projection.mid > 280 && projection.mid < 300, "72,4 at a quarter of the year: about 290")
        }
    }

    @Test("A commune with too few years of its own takes its pace from the province's other communes")
    func comparableUnits() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let spec = SyntheticSpec(communes: 240, indicators: 2, lastYear: 2025, years: 2, periods: [.half(1), .year])
            _ = try await SyntheticDataSet.load(spec, into: store)
            let period = Period(year: 2025, kind: .half(1))
            var bases: [ExpectedPace.Basis] = []
            for plan in try await store.planSummaries() where plan.unitCode.count == 5 && plan.term == .year(2025) {
                guard let report = try await MonitoringWorkflow.monitor(store: store, planID: plan.id, period: period) else {
                    continue
                }
                bases += report.items.filter { $0.row.indicator.accumulation == .cumulative }.compactMap { $0.expected?.basis }
                if bases.contains(where: { if case .comparableUnits = $0 { true } else { false } }) { break }
            }
            #expect(bases.contains { if case .comparableUnits(let count, 2024) = $0 { count >= 5 } else { false } })
            #expect(!bases.contains { if case .ownHistory = $0 { true } else { false } }, "one past year is not a history")
        }
    }

    @Test("Back-testing on the synthetic data: errors and coverage within the goals (9M < 3 %, H1 < 8 %, 80-95 %)")
    func backtest() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let spec = SyntheticSpec(
                communes: 60, indicators: 6, lastYear: 2025, years: 6, periods: [.half(1), .nineMonths, .year])
            _ = try await SyntheticDataSet.load(spec, into: store)
            let outcomes = try await MonitoringWorkflow.backtest(store: store)
            let h1 = try #require(outcomes.first { $0.checkpoint == "H1" })
            let nine = try #require(outcomes.first { $0.checkpoint == "9M" })
            print("backtest: \(outcomes)")
            #expect(h1.cases > 100 && nine.cases > 100)
            let (nineError, h1Error) = (
                try #require(nine.medianAbsolutePercentError), try #require(h1.medianAbsolutePercentError)
            )
            #expect(nineError < 3 && h1Error < 8)
            #expect(nineError < h1Error, "nine months know more of the year than six")
            for outcome in [h1, nine] { #expect((80...95).contains(try #require(outcome.coverage))) }
        }
    }
}

/// A commune made in 2025 from two older ones takes its pace from their years.
@Suite("Monitoring a unit made by the 2025 reorganisation")
struct MonitoringSuccessorTests {
    @Test("Its past years are its predecessors' figures combined", arguments: TestDatabase.available)
    func predecessors(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let day = try #require(CalendarDay(year: 2025, month: 7, day: 1))
            let before = try #require(CalendarDay(year: 2025, month: 6, day: 30))
            let units = [
                AdminUnit(code: "99", name: "Tỉnh Thử", kindName: "tỉnh", parentCode: nil),
                AdminUnit(code: "90001", name: "Xã Cũ Một", kindName: "xã", parentCode: "99", validTo: before),
                AdminUnit(code: "90002", name: "Xã Cũ Hai", kindName: "xã", parentCode: "99", validTo: before),
                AdminUnit(code: "90010", name: "Xã Mới", kindName: "xã", parentCode: "99", validFrom: day),
            ]
            let successions = ["90001", "90002"].map { old in
                AdminUnitSuccession(
                    newCode: "90010", newName: "Xã Mới", oldCode: old, oldName: old == "90001" ? "Xã Cũ Một" : "Xã Cũ Hai",
                    share: .whole, effectiveOn: day)
            }
            _ = try await store.importUnits(units, successions: successions)
            let revenue = Indicator(
                code: "thu-thu", name: "Thu ngân sách trên địa bàn", unitOfMeasure: "tỷ đồng", kind: .quantity,
                direction: .up, accumulation: .cumulative)
            try await store.save(indicators: [revenue])
            let plan = PlanDocument(
                plan: Plan(
                    key: "90010-2025", title: "Nghị quyết năm 2025", issuer: .council, issuerName: "HĐND xã Mới",
                    unitCode: "90010", term: .year(2025)),
                sections: [],
                targets: [Target(indicatorCode: "thu-thu", text: "100", expression: TargetExpression(.value(100)), position: 1)])
            let id = try await store.save(plan: plan)
            var figures: [Observation] = []
            for year in [2021, 2022, 2023, 2024] {
                for (code, toDate, total) in [("90001", 12, 40), ("90002", 18, 60)] {
                    figures.append(
                        Observation(
                            indicatorCode: "thu-thu", unitCode: code, period: Period(year: year, kind: .half(1)),
                            value: .number(Decimal(toDate))))
                    figures.append(
                        Observation(indicatorCode: "thu-thu", unitCode: code, period: .year(year), value: .number(Decimal(total)))
                    )
                }
            }
            let h1 = Period(year: 2025, kind: .half(1))
            figures.append(Observation(indicatorCode: "thu-thu", unitCode: "90010", period: h1, value: .number(29)))
            try await store.add(observations: figures, recordedAt: TestClock.now)
            let report = try #require(try await MonitoringWorkflow.monitor(store: store, planID: id, period: h1))
            let item = try #require(report.items.first)
            // (12 + 18) of (40 + 60) by June in each of four years: 30 % of the year.
            #expect(item.expected?.basis == .ownHistory(years: [2021, 2022, 2023, 2024]))
            #expect(item.expected?.toDate == 30)
            #expect(item.evaluation?.pace == .onPace)
            #expect(
                item.projection.map { [$0.low, $0.mid, $0.high] } == [
                    Decimal(29) / Decimal(string: "0.3")!, Decimal(29) / Decimal(string: "0.3")!,
                    Decimal(29) / Decimal(string: "0.3")!,
                ])
        }
    }
}
