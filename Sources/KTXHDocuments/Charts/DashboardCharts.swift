import Foundation
import KTXHCore

/// The charts a dashboard and an opened indicator show, each from the evaluations the progress table made. The
/// same charts go to the page, the print view and a report.
public enum DashboardCharts {
    /// One bar per label: how many indicators got it.
    public static func labels(_ items: [Dashboard.Item], period: Period) -> BarChart {
        let counts = Dashboard.counts(items)
        let bars = EvaluationLabel.allCases.compactMap { label -> BarChart.Bar? in
            guard let count = counts[label] else { return nil }
            return BarChart.Bar(label: label.rawValue, value: Decimal(count), style: style(label))
        }
        let summary = bars.map { "\($0.label): \(VietnameseNumber.format($0.value))" }.joined(separator: "; ")
        return BarChart(
            title: "Số chỉ tiêu theo kết quả đánh giá, \(period.vietnameseName)",
            description: "Biểu đồ thanh ngang, mỗi thanh một mức đánh giá. \(summary).", unit: "chỉ tiêu", bars: bars)
    }

    /// % KH of each indicator that has one, against the 100 % line, in the plan's order.
    public static func percentOfPlan(_ items: [Dashboard.Item], period: Period) -> BarChart {
        let bars = items.compactMap { item -> BarChart.Bar? in
            guard let percent = item.row.evaluation?.percentOfPlan else { return nil }
            return BarChart.Bar(
                label: item.row.indicator.name, value: rounded(percent), style: style(item.label), target: 100,
                note: item.label?.rawValue ?? "")
        }
        return BarChart(
            title: "Tỷ lệ thực hiện so với kế hoạch (% KH), \(period.vietnameseName)",
            description: "Mỗi thanh là % kế hoạch của một chỉ tiêu; đường gạch đứng là mức 100 %. "
                + "\(bars.count) chỉ tiêu có % kế hoạch.",
            unit: "% kế hoạch", bars: bars)
    }

    /// The figure against its target: a bar for the figure, the target as a dashed line, a range as a band.
    public static func againstTarget(_ row: ProgressTable.IndicatorRow, period: Period) -> BarChart? {
        guard let value = row.current?.value.number else { return nil }
        let target = row.target.expression
        var band: ClosedRange<Decimal>?
        if case .range(let low, let high) = target.kind, low <= high { band = low...high }
        let bar = BarChart.Bar(
            label: "Thực hiện", value: value, style: style(row.evaluation?.label), target: target.referenceValue,
            band: band, note: row.evaluation?.label?.rawValue ?? "")
        var bars = [bar]
        if let previous = row.previous?.value.number {
            bars.append(BarChart.Bar(label: "Cùng kỳ năm trước", value: previous, style: .dotted))
        }
        return BarChart(
            title: "\(row.indicator.name): thực hiện so với kế hoạch, \(period.vietnameseName)",
            description: "Thực hiện \(VietnameseNumber.format(value)) \(row.indicator.unitOfMeasure); "
                + "kế hoạch: \(row.target.text).",
            unit: row.indicator.unitOfMeasure, bars: bars)
    }

    /// The same period over past years, oldest first; years without a figure are left out.
    public static func pastYears(_ indicator: Indicator, _ years: [(period: Period, value: Observation.Value?)]) -> BarChart {
        let bars = years.compactMap { year -> BarChart.Bar? in
            guard let value = year.value?.number else { return nil }
            return BarChart.Bar(label: year.period.vietnameseName.capitalizedFirst, value: value, style: .light)
        }
        return BarChart(
            title: "\(indicator.name) qua các năm",
            description: "Cùng kỳ của \(years.count) năm gần nhất; \(bars.count) năm có số liệu đã duyệt.",
            unit: indicator.unitOfMeasure, bars: bars)
    }

    /// The communes ranked on the indicator, best first (the lowest where lower is better); those without a figure
    /// are listed after the chart.
    public static func communes(_ indicator: Indicator, _ communes: [(unit: AdminUnit, value: Observation.Value?)])
        -> BarChart
    {
        let lowerIsBetter = indicator.direction == .down
        let ranked = communes.compactMap { commune in commune.value?.number.map { (commune.unit.name, $0) } }
            .sorted { lowerIsBetter ? $0.1 < $1.1 : $0.1 > $1.1 }
        let bars = ranked.map { BarChart.Bar(label: $0.0, value: $0.1, style: .light) }
        return BarChart(
            title: "\(indicator.name): các xã, phường xếp theo số liệu",
            description: "\(bars.count) trên \(communes.count) xã, phường có số liệu; "
                + (lowerIsBetter ? "thấp nhất (tốt nhất) trước." : "cao nhất trước."),
            unit: indicator.unitOfMeasure, bars: bars)
    }

    /// Each label's look, the same on every chart: achieved dark, short hatched, waiting outlined.
    static func style(_ label: EvaluationLabel?) -> BarChart.BarStyle {
        switch label {
        case .exceeded: .solid
        case .met, .rightDirection: .light
        case .notYetMet: .hatched
        case .notMet: .dotted
        case .judgeAtYearEnd, .insufficientData, nil: .outline
        }
    }

    static func rounded(_ value: Decimal) -> Decimal {
        value.rounded(1)
    }
}

extension String {
    /// "6 tháng đầu năm 2024" → "6 tháng …", "năm 2024" → "Năm 2024": a name that begins a line.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
