import KTXHCore

/// Cột theo năm, cột theo đơn vị in the review. A year's column is imported as that year's figures; a
/// column per commune ("Xã A | Xã B") is shown with its figures and not imported: the importer saves one
/// unit's figures, and a commune's name alone is not sure enough to place them.
enum SeriesNotes {
    static func places(_ table: PlanTable, file: String) -> [ImportError] {
        table.series.enumerated().compactMap { position, column -> ImportError? in
            guard case .place = column.kind else { return nil }
            let figures = table.items.compactMap { item -> String? in
                let text = item.series[safe: position] ?? ""
                return text.isEmpty ? nil : "\(item.name): \(text)"
            }
            return ImportError(
                file: file, sheet: table.sheet, line: table.headerLine, column: column.index, field: column.header,
                reason: "Cột số liệu theo đơn vị, chưa được nhập (hãy nhập riêng cho từng đơn vị): "
                    + figures.joined(separator: "; "))
        }
    }

    /// The last year of a table with a column per year ("2018 … Sơ bộ 2023"): the year it reports.
    static func lastYear(_ table: PlanTable) -> Int? {
        table.series.compactMap { if case .year(let year, _) = $0.kind { year } else { nil } }.max()
    }
}
