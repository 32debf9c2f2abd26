import Foundation
import KTXHCore
import KTXHStorage

/// Theo dõi tiến độ: a plan's figures before the year ends against their expected pace (`ExpectedPace`), judged by
/// the one evaluation engine, with a year-end projection for cumulative figures. Past years come from ktxh's own
/// approved figures of the unit; comparable units are the other units under the same parent. docs/evaluation.md.
public enum MonitoringWorkflow {
    /// One indicator of the plan: its row of the progress table, judged with its pace, and where it is heading.
    public struct Item: Sendable {
        public var row: ProgressTable.IndicatorRow
        public var evaluation: Evaluation?
        public var expected: ExpectedPace?
        public var projection: Projection?
    }

    public struct Report: Sendable {
        public var table: ProgressTable
        public var items: [Item]
    }

    /// Years of history read: the pace takes the five most recent that have figures.
    static let yearsBack = 6

    public static func monitor(store: Store, planID: Int64, period: Period) async throws -> Report? {
        guard let table = try await store.progressTable(planID: planID, period: period) else { return nil }
        return try await monitor(store: store, table: table)
    }

    /// The progress table's indicators with their pace and projection.
    public static func monitor(store: Store, table: ProgressTable) async throws -> Report {
        let period = table.period
        let unit = table.plan.unitCode
        let years = (period.year - yearsBack)..<period.year
        let periods = years.flatMap { [Period(year: $0, kind: period.kind), .year($0)] }
        let history = try await store.approvedObservations(unitCode: unit, periods: periods)
        let peers = try await peerFigures(store: store, unitCode: unit, period: period)
        var figures = Observation.currentNumbers(in: history)
        try await inherit(&figures, store: store, table: table, periods: periods)
        let items = table.indicatorRows.map { row in
            item(row, plan: table.plan, period: period, figures: figures, peers: peers)
        }
        return Report(table: table, items: items)
    }

    static func item(
        _ row: ProgressTable.IndicatorRow, plan: Plan, period: Period, figures: [FigureKey: Decimal],
        peers: [String: [Decimal]]
    ) -> Item {
        let code = row.indicator.code
        guard let reference = row.target.expression.referenceValue, row.current != nil else {
            return Item(row: row, evaluation: row.evaluation)
        }
        func figure(_ period: Period) -> Decimal? {
            figures[FigureKey(indicatorCode: code, unitCode: plan.unitCode, period: period)]
        }
        let expected: ExpectedPace
        switch row.indicator.accumulation {
        case .cumulative:
            guard ExpectedPace.isYearToDate(period) else { return Item(row: row, evaluation: row.evaluation) }
            let own = ((period.year - yearsBack)..<period.year).compactMap { year -> (year: Int, share: Decimal)? in
                guard let toDate = figure(Period(year: year, kind: period.kind)), let end = figure(.year(year)),
                    let share = ExpectedPace.share(toDate: toDate, yearEnd: end)
                else { return nil }
                return (year, share)
            }
            expected = ExpectedPace.cumulative(
                target: reference, period: period, ownShares: own, peerShares: peers[code] ?? [], peerYear: period.year - 1)
        case .stock:
            expected = ExpectedPace.stock(target: reference, period: period, lastYear: figure(.year(period.year - 1)))
        }
        var input = EvaluationInput(
            indicator: row.indicator, target: row.target, plan: plan, period: period, actual: row.current,
            previous: row.previous)
        input.expected = expected
        let judged = Evaluator.evaluate(input)
        // The label stays the progress table's (a person's own judgement included); the pace is the engine's.
        var evaluation = row.evaluation ?? judged
        evaluation.pace = judged.pace
        evaluation.expectedToDate = judged.expectedToDate
        evaluation.ratioToExpected = judged.ratioToExpected
        let projection =
            row.indicator.accumulation == .cumulative && judged.pace != nil
            ? row.current?.value.number.flatMap { Projection.yearEnd(toDate: $0, pace: expected, target: reference) } : nil
        return Item(row: row, evaluation: evaluation, expected: expected, projection: projection)
    }

    /// A unit made by the 2025 reorganisation has its past years in its predecessors' figures: where it has none of its
    /// own, they are combined as the unit history does (`PredecessorAnswer`: whole units summed, a divided one by its
    /// share), and only when every predecessor reported and the territory is the same.
    static func inherit(_ figures: inout [FigureKey: Decimal], store: Store, table: ProgressTable, periods: [Period])
        async throws
    {
        let unit = table.plan.unitCode
        let predecessors = try await store.predecessors(of: unit)
        guard !predecessors.isEmpty else { return }
        let observations = try await store.observations(unitCodes: predecessors.map(\.oldCode), periods: periods)
        let grouped = Dictionary(grouping: observations) { [$0.indicatorCode, $0.period.code] }
        for row in table.indicatorRows {
            for period in periods {
                let key = FigureKey(indicatorCode: row.indicator.code, unitCode: unit, period: period)
                guard figures[key] == nil, let versions = grouped[[row.indicator.code, period.code]] else { continue }
                let answer = PredecessorAnswer(
                    unitCode: unit, unitName: table.unit?.name ?? unit, period: period, indicator: row.indicator,
                    predecessors: predecessors,
                    figures: Dictionary(grouping: versions, by: \.unitCode).compactMapValues { Observation.current(in: $0) })
                guard answer.isComparable, answer.result.missing.isEmpty, answer.result.unusable.isEmpty else { continue }
                figures[key] = answer.result.value?.number
            }
        }
    }

    /// For each indicator, the shares of last year's total that the other units under the same parent had reached
    /// by the same cut-off.
    static func peerFigures(store: Store, unitCode: String, period: Period) async throws -> [String: [Decimal]] {
        guard ExpectedPace.isYearToDate(period),
            let parent = try await store.unit(code: unitCode, at: .endOfYear(period.year))?.parentCode
        else { return [:] }
        let siblings = try await store.children(of: parent, at: .endOfYear(period.year)).map(\.code).filter { $0 != unitCode }
        let last = period.year - 1
        let observations = try await store.observations(
            unitCodes: siblings, periods: [Period(year: last, kind: period.kind), .year(last)])
        let current = Observation.currentNumbers(in: observations)
        var shares: [String: [Decimal]] = [:]
        for (key, toDate) in current where key.period.kind == period.kind {
            let end = FigureKey(indicatorCode: key.indicatorCode, unitCode: key.unitCode, period: .year(last))
            if let total = current[end], let share = ExpectedPace.share(toDate: toDate, yearEnd: total) {
                shares[key.indicatorCode, default: []].append(share)
            }
        }
        return shares
    }
}

extension MonitoringWorkflow {
    /// The projection tried on every year of the database whose end is known, at the first half and at nine
    /// months, over every cumulative indicator of every unit with a plan; read a few hundred units at a time.
    public static func backtest(store: Store, progress: (String) -> Void = { _ in }) async throws -> [Backtest.Outcome] {
        let cumulative = Set(try await store.indicators().values.filter { $0.accumulation == .cumulative }.map(\.code))
        let plans = try await store.planSummaries()
        let units = Array(Set(plans.map(\.unitCode))).sorted()
        let years = Set(plans.flatMap { plan in (plan.term.year...plan.term.lastYear) + plan.periodsWithData.map(\.year) })
        guard let first = years.min(), let last = years.max() else { return [] }
        var tallies = [(Period.Kind.half(1), "H1", Backtest.Tally()), (.nineMonths, "9M", Backtest.Tally())]
        for start in stride(from: 0, to: units.count, by: 300) {
            let part = Array(units[start..<min(start + 300, units.count)])
            progress("đơn vị \(start + 1)-\(start + part.count) / \(units.count)")
            let periods = (first...last).flatMap {
                [Period(year: $0, kind: .half(1)), Period(year: $0, kind: .nineMonths), .year($0)]
            }
            let observations = try await store.observations(unitCodes: part, periods: periods)
                .filter { cumulative.contains($0.indicatorCode) }
            let values = Observation.currentNumbers(in: observations)
            let series = Dictionary(grouping: values.keys) { "\($0.indicatorCode)|\($0.unitCode)" }
            for keys in series.values {
                for index in tallies.indices {
                    var toDate: [Int: Decimal] = [:]
                    var yearEnd: [Int: Decimal] = [:]
                    for key in keys {
                        if key.period.kind == tallies[index].0 { toDate[key.period.year] = values[key] }
                        if key.period.kind == .year { yearEnd[key.period.year] = values[key] }
                    }
                    tallies[index].2.add(Backtest.Series(toDate: toDate, yearEnd: yearEnd))
                }
            }
        }
        return tallies.map { $0.2.outcome($0.1) }
    }
}

extension MonitoringWorkflow.Report {
    /// The progress table with each indicator's evaluation carrying its pace: what the dashboard shows.
    public var pacedTable: ProgressTable {
        let evaluations = Dictionary(items.map { ($0.row.indicator.code, $0.evaluation) }, uniquingKeysWith: { a, _ in a })
        var table = table
        table.rows = table.rows.map { row in
            guard case .indicator(var indicator) = row, let evaluation = evaluations[indicator.indicator.code] else { return row }
            indicator.evaluation = evaluation
            return .indicator(indicator)
        }
        return table
    }

    public var projections: [String: Projection] {
        Dictionary(
            items.compactMap { item in item.projection.map { (item.row.indicator.code, $0) } }, uniquingKeysWith: { a, _ in a })
    }
}
