import Foundation

/// Đếm tiêu chí: a count "k/N" against the rows it counts. A criterion row's "0/2 xã" against its
/// units' own results judged by the threshold (seed 003 row 11: 7,2% and 4% both meet "<12%"); a
/// tally's "x" marks against their total; a tally's mark against the criterion's rows in the detailed
/// table (seed 003: Nông Thượng's 2011 "4/19" counts criterion 8, whose sub-indicator 8.2 is "Chưa đạt").
package enum CriteriaCountCheck {
    static func findings(_ report: ReportText) -> [Finding] {
        let tables = CriteriaTable.tables(report)
        let rows = tables.flatMap { table in table.rows.flatMap { rowFindings($0, table: table) } }
        let tallies = CriteriaTally.tallies(report).flatMap { tally in
            tally.units.indices.compactMap { unit in
                tallyFinding(tally, unit: unit, tables: tables, report: report)
            }
        }
        return rows + tallies
    }

    static func rowFindings(_ row: CriteriaTable.Row, table: CriteriaTable) -> [Finding] {
        row.results.indices.compactMap { block in
            guard row.contradictsItself(block), let counted = row.countedMet(block) else { return nil }
            let result = row.results[block]
            let whole = result.count?.of ?? table.units.count
            let cells = zip(table.units, result.cells).map { unit, cell in
                "\(unit) \(cell) (\(row.verdict(cell) == true ? "đạt" : "chưa đạt"))"
            }
            let recount = "\(counted)/\(whole)\(result.stated.folded.contains("xa") ? " xã" : "")"
            return Finding(
                kind: .criteriaCount,
                message: "Tiêu chí \(row.code) «\(row.name)» năm \(table.years[block]): biểu ghi \(result.stated), "
                    + "nhưng theo chỉ tiêu «\(row.threshold)» thì \(cells.joined(separator: ", ")): \(recount).",
                locations: [
                    Finding.Location(
                        line: row.line,
                        text: ([row.code, row.name, row.threshold, result.stated] + result.cells).joined(separator: "\t"))
                ],
                values: [result.stated, recount])
        }
    }

    /// One unit's column of a tally: its marks counted, and each mark against the detailed table.
    static func tallyFinding(_ tally: CriteriaTally, unit: Int, tables: [CriteriaTable], report: ReportText) -> Finding? {
        let stated = tally.totals[unit]
        guard let total = CriteriaTable.count(stated) else { return nil }
        let name = tally.units[unit]
        let marked = tally.marks.filter { $0.met[unit] }.count
        var wrong: [(CriteriaTally.Mark, [CriteriaTable.Row])] = []
        for table in tables {
            guard let block = table.years.firstIndex(of: tally.year),
                let column = table.units.firstIndex(where: { $0.folded == name.folded })
            else { continue }
            for mark in tally.marks {
                guard let (met, rows) = table.verdict(criterion: mark.criterion, unit: column, block: block),
                    met != mark.met[unit]
                else { continue }
                wrong.append((mark, rows))
            }
        }
        guard marked != total.met || !wrong.isEmpty else { return nil }
        let counted = marked + wrong.map { $0.0.met[unit] ? -1 : 1 }.reduce(0, +)
        let recount = "\(counted)/\(total.of)"
        var message = "\(name) năm \(tally.year): bảng tổng hợp ghi \(stated) tiêu chí"
        if marked != total.met { message += " nhưng đánh dấu \(marked) tiêu chí đạt" }
        for (mark, rows) in wrong {
            let said = rows.map { "\($0.code) «\($0.name)»" }.joined(separator: ", ")
            message +=
                mark.met[unit]
                ? "; tiêu chí \(mark.criterion) (\(mark.name)) được tính là đạt, nhưng biểu chi tiết ghi \(said) chưa đạt"
                : "; tiêu chí \(mark.criterion) (\(mark.name)) không được tính, nhưng biểu chi tiết ghi \(said) đều đạt"
        }
        message += ": đúng ra là \(recount)."
        var locations = textMentions(of: name, stated: stated, in: report)
        locations += wrong.map { Finding.Location(line: $0.0.line, text: "\($0.0.criterion)\t\($0.0.name)") }
        locations.append(Finding.Location(line: tally.totalLine, text: "Tổng cộng\t\(tally.totals.joined(separator: "\t"))"))
        for row in wrong.flatMap(\.1) {
            locations.append(Finding.Location(line: row.line, text: "\(row.code) \(row.name)"))
        }
        let sorted = Dictionary(locations.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a }).values
            .sorted { $0.line < $1.line }
        return Finding(kind: .criteriaCount, message: message, locations: sorted, values: [stated, recount])
    }

    /// The sentence that states the same count for the unit ("xã Nông Thượng đạt 4/19 tiêu chí").
    static func textMentions(of unit: String, stated: String, in report: ReportText) -> [Finding.Location] {
        report.prose.compactMap { line in
            let passage = Passage(line: line.number, text: line.text)
            guard let figure = passage.figures.first(where: { $0.text == stated }),
                passage.between(max(0, figure.range.lowerBound - 40), figure.range.lowerBound).folded.contains(unit.folded)
            else { return nil }
            return passage.location(figure.range)
        }
    }
}
