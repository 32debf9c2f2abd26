import Foundation

/// Biểu so sánh kết quả theo tiêu chí: a criteria set's sub-indicators, each with its threshold
/// ("Chỉ tiêu chung") and, for every year compared, how many units met it ("0/2 xã") and each unit's
/// own result (seed 003's appendix: 2011 and 2020, Dương Quang and Nông Thượng).
package struct CriteriaTable {
    struct Row {
        var line: Int
        /// The criterion the row belongs to: 8 for "8.2".
        var criterion: Int
        /// "8.2", or the criterion's number for a row without sub-indicators.
        var code: String
        var name: String
        var threshold: String
        /// One per year, in `years` order; empty when the row's cells do not line up with the header.
        var results: [Result]
    }

    struct Result {
        /// "0/2 xã" as written; empty when the year has no count.
        var stated: String
        /// The count and the whole it is out of, read from `stated`.
        var count: (met: Int, of: Int)?
        /// Each unit's cell, in `units` order.
        var cells: [String]
    }

    /// The units compared, as the header names them without "Xã": ["Dương Quang", "Nông Thượng"].
    var units: [String]
    /// The years of the result blocks, in column order.
    var years: [Int]
    var rows: [Row]

    /// The block of the latest year: the state the report's text describes.
    var latest: Int? { years.indices.max { years[$0] < years[$1] } }

    static func tables(_ report: ReportText) -> [CriteriaTable] {
        report.tables.compactMap(read)
    }

    /// A table whose header has "Chỉ tiêu chung" and "Kết quả … năm" blocks, each followed on the next
    /// header line by one column per unit.
    static func read(_ table: [ReportText.Row]) -> CriteriaTable? {
        guard let top = table.firstIndex(where: { $0.cells.contains { $0.folded == "chi tieu chung" } }),
            top + 1 < table.count
        else { return nil }
        let years = table[top].cells.filter { $0.folded.hasPrefix("ket qua") }.compactMap { DocumentHeader.lastYear(in: $0) }
        let units = table[top + 1].cells.compactMap(unitName)
        guard years.count >= 1, !units.isEmpty, units.count % years.count == 0 else { return nil }
        let perBlock = Array(units.prefix(units.count / years.count))
        var rows: [Row] = []
        var criterion: Int?
        for row in table[(top + 2)...] where !ReportText.isHeader(row.cells) {
            guard let parsed = parse(row, units: perBlock.count, years: years.count, criterion: criterion) else { continue }
            criterion = parsed.criterion
            rows.append(parsed)
        }
        return rows.isEmpty ? nil : CriteriaTable(units: perBlock, years: years, rows: rows)
    }

    /// "Xã Dương Quang" → "Dương Quang".
    static func unitName(_ cell: String) -> String? {
        let words = cell.split(separator: " ")
        guard words.count >= 2, ["xa", "phuong", "thi tran"].contains(String(words[0]).folded) else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    static func parse(_ row: ReportText.Row, units: Int, years: Int, criterion carried: Int?) -> Row? {
        let cells = row.cells
        guard let nameIndex = cells.firstIndex(where: { !stripCode($0).name.isEmpty }) else { return nil }
        let codes = (cells[..<nameIndex] + [cells[nameIndex]]).map { stripCode($0).code }
        let code = codes.filter { !$0.isEmpty }.max { $0.count < $1.count } ?? ""
        guard let criterion = Int(code.split(separator: ".").first ?? "") ?? carried else { return nil }
        let width = 1 + units
        var results: [Result] = []
        for block in 0..<years {
            let start = nameIndex + 2 + block * width
            let stated = start < cells.count ? cells[start] : ""
            let count = Self.count(stated)
            // A row whose count column holds something else has lost a cell: its columns cannot be trusted.
            guard count != nil || stated.isEmpty else {
                results = []
                break
            }
            let unitCells = (1...units).map { start + $0 < cells.count ? cells[start + $0] : "" }
            results.append(Result(stated: stated, count: count, cells: unitCells))
        }
        return Row(
            line: row.number, criterion: criterion, code: code.isEmpty ? String(criterion) : code,
            name: stripCode(cells[nameIndex]).name, threshold: nameIndex + 1 < cells.count ? cells[nameIndex + 1] : "",
            results: results)
    }

    /// "6.1 Xã có nhà văn hóa" → ("6.1", "Xã có nhà văn hóa"); "14.3" → ("14.3", "").
    static func stripCode(_ cell: String) -> (code: String, name: String) {
        let text = cell.trimmed
        let code = text.prefix { $0.isNumber || $0 == "." }
        let rest = String(text.dropFirst(code.count)).trimmed
        guard rest.contains(where: \.isLetter) else { return (String(code), "") }
        return (String(code).trimmingCharacters(in: CharacterSet(charactersIn: ".")), rest)
    }

    /// "0/2 xã", "2/2 xã đạt", "0/2": k units of N.
    static func count(_ text: String) -> (met: Int, of: Int)? {
        let parts = text.prefix { $0.isNumber || $0 == "/" }.split(separator: "/")
        guard parts.count == 2, let met = Int(parts[0]), let of = Int(parts[1]), met <= of else { return nil }
        return (met, of)
    }
}
