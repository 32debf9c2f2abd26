import KTXHCore
import KTXHReading

/// Cột theo năm, cột theo đơn vị. A year's column is imported as that year's figures; a column per commune
/// ("Xã A | Xã B") as that commune's figures for the report's period, when its name is one unit of the
/// table's own unit (a commune of the district or province the table is for). A name that is none, or
/// several, is shown in the review with its figures and not imported.
enum SeriesNotes {
    /// The unit each per-unit column is: series index → unit.
    static func placeUnits(_ table: PlanTable, under unit: AdminUnit, context: ImportContext) -> [Int: AdminUnit] {
        var result: [Int: AdminUnit] = [:]
        for column in table.series {
            guard case .place(let name) = column.kind else { continue }
            let found = context.units(namedAtStartOf: name).filter { context.isWithin($0, unit) }
            let codes = Set(found.map(\.code))
            if codes.count == 1, let place = found.first { result[column.index] = place }
        }
        return result
    }

    static func places(_ table: PlanTable, placed: [Int: AdminUnit], file: String) -> [ImportError] {
        table.series.enumerated().compactMap { position, column -> ImportError? in
            guard case .place = column.kind, placed[column.index] == nil else { return nil }
            let figures = table.items.compactMap { item -> String? in
                let text = item.series[safe: position] ?? ""
                return text.isEmpty ? nil : "\(item.name): \(text)"
            }
            return ImportError(
                file: file, sheet: table.sheet, line: table.headerLine, column: column.index, field: column.header,
                reason: "Cột số liệu theo đơn vị không khớp đúng một đơn vị trực thuộc, chưa được nhập (hãy nhập riêng): "
                    + figures.joined(separator: "; "))
        }
    }

    /// The last year of a table with a column per year ("2018 … Sơ bộ 2023"): the year it reports.
    static func lastYear(_ table: PlanTable) -> Int? {
        table.series.compactMap { if case .year(let year, _) = $0.kind { year } else { nil } }.max()
    }
}
