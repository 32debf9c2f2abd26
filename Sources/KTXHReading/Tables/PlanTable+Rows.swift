import Foundation

extension PlanTable {
    /// Dòng của bảng: section rows ("A  Kinh tế"), items, "- " sub-rows; a row without a name is an error
    /// naming its line, so that nothing is imported from a table half understood.
    static func rows(_ body: [TSV.Record], of table: PlanTable, skipping header: [String], file: String?)
        throws(ImportErrors) -> [Row]
    {
        let columns = table.columns
        var rows: [Row] = []
        var errors: [ImportError] = []
        for record in body {
            // Merged header cells filled downwards repeat the header; "(1) (2) (3)" rows number the columns.
            if record.fields == header || isColumnNumbering(record.fields) { continue }
            if isCaption(record.fields) {
                // "A. KINH TẾ" merged across the row is a section; any other lone caption carries no figure.
                if let section = sectionHeading(record.fields[0]) {
                    rows.append(Row(line: record.line, kind: .section(label: section.label, title: section.title)))
                }
                continue
            }
            let number = record[columns[.number]]
            var name = record[columns[.name]]
            let series = table.series.map { record[$0.index] }
            let rest = [Column.unit, .plan, .value, .statedLabel, .previous].map { record[columns[$0]] }
            let hasFigures = !rest.allSatisfy(\.isEmpty) || !series.allSatisfy(\.isEmpty)
            if name.isEmpty && number.isEmpty && !hasFigures { continue }
            if isSectionLabel(number) && !hasFigures {
                rows.append(Row(line: record.line, kind: .section(label: number, title: name)))
                continue
            }
            // "- Đàn lợn" without a number, or "-" in the number column: a sub-row of the item above.
            let isSubRow = number == "-" || number.isEmpty && name.hasPrefix("-")
            if isSubRow { name = String(name.drop { $0 == "-" || $0 == " " }) }
            guard !name.isEmpty else {
                errors.append(
                    ImportError(
                        file: file, sheet: table.sheet, line: record.line, column: columns[.name], field: "Chỉ tiêu",
                        value: record.fields.first { !$0.isEmpty }, reason: "Dòng không có tên chỉ tiêu"))
                continue
            }
            rows.append(
                Row(
                    line: record.line,
                    kind: .item(
                        Item(
                            number: number == "-" ? "" : number, name: name, unit: rest[0], plan: rest[1], value: rest[2],
                            statedLabel: rest[3], note: record[columns[.note]], isSubRow: isSubRow, previous: rest[4],
                            series: series))))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return rows
    }

    /// "A. KINH TẾ", "II - Xã hội": a section label and its title in one merged cell.
    static func sectionHeading(_ text: String) -> (label: String, title: String)? {
        let label = String(text.prefix { $0.isLetter && $0.isUppercase })
        let rest = text.dropFirst(label.count).drop { $0 == " " }
        guard isSectionLabel(label), let separator = rest.first, ".-–)".contains(separator) else { return nil }
        let title = rest.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: " -–"))
        return title.isEmpty ? nil : (label, title)
    }

    static func isColumnNumbering(_ fields: [String]) -> Bool {
        let numbers = fields.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()")) }
        guard numbers.count >= 3, numbers.allSatisfy({ Int($0) != nil }) else { return false }
        return numbers.compactMap(Int.init) == Array(1...numbers.count)
    }
}
