import Foundation
import KTXHCore
import KTXHReading

extension TextFigures {
    /// The text's figures that add to the table: a figure the table lacks becomes an observation; one
    /// the table states differently is a contradiction shown to the reader, never saved over the table.
    static func observations(
        _ figures: [TextFigure], targets: [Target], tableFigures: [Observation], unitCode: String, period: Period,
        reportedBy: String?, file: String
    ) -> (observations: [Observation], notes: [ImportError]) {
        let targetFor = Dictionary(targets.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        var stated = Dictionary(tableFigures.map { ($0.indicatorCode, $0.value) }, uniquingKeysWith: { a, _ in a })
        var observations: [Observation] = []
        var notes: [ImportError] = []
        var used = Set<String>()
        for figure in figures {
            let code = figure.indicator.code
            guard !used.contains(code) else { continue }
            let reference = targetFor[code]?.expression.referenceValue
            let value: Observation.Value
            if reference == figure.denominator {
                // "X/Y" with Y the plan: X is the figure ("475/700 lao động, đạt 67,85% KH").
                value = .number(figure.numerator)
            } else if figure.indicator.kind == .rate && stated[code] == nil && figure.statesItsPercentage {
                // A rate the table leaves blank, given by its parts ("BHYT: 42.874/47.382 người tham gia").
                value = .ratio(numerator: figure.numerator, denominator: figure.denominator)
            } else {
                // Another measure that shares words with the indicator (xuất khẩu lao động beside việc làm).
                continue
            }
            used.insert(code)
            if let existing = stated[code] {
                if existing.number != value.number {
                    notes.append(
                        ImportError(
                            file: file, line: figure.line, field: figure.indicator.name,
                            value: value.text,
                            reason: "Văn bản ghi khác với bảng (\(existing.text)); giữ số của bảng"))
                }
                continue
            }
            stated[code] = value
            observations.append(
                Observation(
                    indicatorCode: code, unitCode: unitCode, period: period, value: value,
                    kind: figure.isEstimate ? .estimate : .actual, cutoff: figure.cutoff,
                    source: "\(figure.clause) (\(file), dòng \(figure.line))", reportedBy: reportedBy))
        }
        return (observations, notes)
    }
}

extension TextFigure {
    /// True when the clause also gives X/Y as a percentage ("42.874/47.382 … bằng 90,5%", rounded or cut
    /// as the checker allows): a rate stated twice, not a count of criteria that merely shares words with
    /// a rate ("21/22 tiêu chí").
    var statesItsPercentage: Bool {
        let share = numerator / denominator * 100
        return WrittenFigure.scan(Array(clause)).contains { figure in
            figure.isPercent && Rounding.matches(stated: figure.value, decimals: figure.decimals, computed: share)
        }
    }
}
