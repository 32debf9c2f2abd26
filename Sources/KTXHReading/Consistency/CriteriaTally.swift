import Foundation

/// Bảng tổng hợp tiêu chí đạt: which criteria each unit met in a year, marked "x", with the count
/// "Tổng cộng 4/19" (seed 003, lines 52-72: the two communes in 2011).
package struct CriteriaTally {
    struct Mark {
        var line: Int
        var criterion: Int
        var name: String
        /// One per unit, in `units` order.
        var met: [Bool]
    }

    /// The year the tally is for, from the sentence that introduces it.
    var year: Int
    var units: [String]
    var marks: [Mark]
    var totalLine: Int
    /// "4/19" per unit, as written.
    var totals: [String]

    static func tallies(_ report: ReportText) -> [CriteriaTally] {
        report.tables.compactMap { table in
            guard let first = table.first,
                let intro = report.prose.last(where: { $0.number < first.number }),
                let year = DocumentHeader.lastYear(in: intro.text)
            else { return nil }
            return read(table, year: year)
        }
    }

    static func read(_ table: [ReportText.Row], year: Int) -> CriteriaTally? {
        guard let header = table.first(where: { $0.cells.contains { $0.folded == "tieu chi" } }) else { return nil }
        let columns = header.cells.indices.filter { CriteriaTable.unitName(header.cells[$0]) != nil }
        guard !columns.isEmpty,
            let total = table.first(where: { $0.cells.contains { $0.folded.hasPrefix("tong cong") } })
        else { return nil }
        let cell = { (row: ReportText.Row, index: Int) in index < row.cells.count ? row.cells[index] : "" }
        var marks: [Mark] = []
        for row in table where row.number > header.number && row.number != total.number {
            guard let criterion = Int(cell(row, 0)) else { continue }
            let met = columns.map { cell(row, $0).folded == "x" }
            marks.append(Mark(line: row.number, criterion: criterion, name: cell(row, 1), met: met))
        }
        let totals = columns.map { cell(total, $0) }
        guard !marks.isEmpty, totals.allSatisfy({ CriteriaTable.count($0) != nil }) else { return nil }
        return CriteriaTally(
            year: year, units: columns.compactMap { CriteriaTable.unitName(header.cells[$0]) }, marks: marks,
            totalLine: total.number, totals: totals)
    }
}
