import KTXHCore
import KTXHReading

/// Ô số liệu: the figures one table row gives, each as an observation of its period. The figure column is
/// the report's period; "Cùng kỳ" / "Năm trước" the same period a year earlier; a column per year its year
/// ("Sơ bộ 2023" an estimate). Check columns ("% KH", "TH/KH") are never figures.
struct FigureCells {
    var table: PlanTable
    var unitCode: String
    var period: Period?
    var cutoff: CalendarDay?
    var reportedBy: String?
    var file: String?
    /// The unit of each per-unit column (series index → unit code).
    var places: [Int: String] = [:]

    func observations(_ item: PlanTable.Item, indicator: Indicator, line: Int) throws(ImportErrors) -> [Observation] {
        typealias Cell = (text: String, column: Int?, period: Period, kind: Observation.Kind, cutoff: CalendarDay?, unit: String)
        var cells: [Cell] = []
        if let period {
            cells.append((item.value, table.columns[.value], period, .actual, cutoff, unitCode))
            cells.append((item.previous, table.columns[.previous], period.samePeriodLastYear, .actual, nil, unitCode))
        }
        for (series, text) in zip(table.series, item.series) {
            switch series.kind {
            case .year(let year, let preliminary):
                cells.append((text, series.index, .year(year), preliminary ? .estimate : .actual, nil, unitCode))
            case .place:
                guard let period, let place = places[series.index] else { continue }
                cells.append((text, series.index, period, .actual, cutoff, place))
            }
        }
        var observations: [Observation] = []
        var errors: [ImportError] = []
        for cell in cells where !cell.text.isEmpty {
            do {
                let value = try ObservedValue.parse(cell.text, indicator: indicator)
                observations.append(
                    Observation(
                        indicatorCode: indicator.code, unitCode: cell.unit, period: cell.period, value: value,
                        kind: cell.kind, cutoff: cell.cutoff, source: file.map { "\($0), dòng \(line)" },
                        reportedBy: reportedBy))
            } catch {
                errors.append(
                    ImportError(
                        file: file, sheet: table.sheet, line: line, column: cell.column,
                        field: table.headers[safe: cell.column], value: cell.text, reason: error.message))
            }
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return observations
    }
}
