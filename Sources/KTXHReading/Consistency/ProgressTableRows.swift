import Foundation
import KTXHCore

/// The rows of a plan or progress table in a report ("Biểu tiến độ thực hiện các chỉ tiêu nghị quyết"):
/// name, unit, plan and value, found by the same header words `PlanTable` recognises.
package struct ProgressTableRow {
    var line: Int
    var name: String
    var unit: String
    var planText: String
    var plan: Decimal?
    var value: Decimal?
    var valueText: String
    var isSubRow: Bool
    var words: Set<String>

    static func rows(_ report: ReportText) -> [ProgressTableRow] {
        report.tables.flatMap { table -> [ProgressTableRow] in
            guard let header = table.first(where: { PlanTable.recogniseHeader($0.cells)[.name] != nil }) else { return [] }
            let columns = PlanTable.recogniseHeader(header.cells)
            guard let nameColumn = columns[.name], columns[.plan] != nil else { return [] }
            return table.filter { $0.number > header.number }.compactMap { row in
                func cell(_ column: PlanTable.Column) -> String {
                    guard let index = columns[column], index < row.cells.count else { return "" }
                    return row.cells[index]
                }
                guard nameColumn < row.cells.count else { return nil }
                var name = row.cells[nameColumn]
                let isSubRow = name.hasPrefix("-")
                if isSubRow { name = String(name.drop { $0 == "-" || $0 == " " }) }
                let unit = cell(.unit)
                let planText = cell(.plan)
                let valueText = cell(.value)
                return ProgressTableRow(
                    line: row.number, name: name, unit: unit, planText: planText,
                    plan: TargetExpression.parse(planText, unit: unit).referenceValue,
                    value: try? VietnameseNumber.decimal(valueText), valueText: valueText, isSubRow: isSubRow,
                    words: IndicatorWords.of(name))
            }
        }
    }
}

/// The words of an indicator's name that tell it apart, without accents and without the words every
/// name has ("tỷ lệ", "số", "trên", "được").
package enum IndicatorWords {
    static let common: Set<String> = [
        "ty", "ti", "le", "so", "cac", "cua", "va", "tren", "duoc", "trong", "do", "nam", "la", "cho", "theo", "tai", "dat",
        "co", "voi", "nguoi",
    ]

    static func of(_ text: String) -> Set<String> {
        Set(text.folded.split(whereSeparator: { !$0.isLetter }).map(String.init)).subtracting(common)
    }

    /// The share of `row`'s words found in `text`'s.
    static func overlap(_ row: Set<String>, _ text: Set<String>) -> Double {
        row.isEmpty ? 0 : Double(row.intersection(text).count) / Double(row.count)
    }
}
