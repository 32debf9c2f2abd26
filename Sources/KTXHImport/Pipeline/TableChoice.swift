import KTXHCore
import KTXHReading

/// Chọn bảng để nhập: of the tables a file holds, the first with rows is imported, together with the tables
/// after it in the same sheet or document that have the same columns ("Biểu 01", "Biểu 02" of one report).
/// A table with other columns (a term's resolution under a year's results) is read, shown in the review and
/// not imported: it belongs to another plan or period. A table that cannot be read stops the import.
struct TableChoice {
    var table: PlanTable?
    var problems: [ImportError] = []
    var notes: [ImportError] = []

    init(_ file: ImportFile, choices: [PlanTable.Column: String]) {
        let sheets = file.tables.map { PlanTable.readEach($0, file: file.name, choices: choices) }
        var chosenSheet: Int?
        for (sheet, results) in sheets.enumerated() {
            for (position, result) in results.enumerated() {
                switch result {
                case .failure(let failure) where chosenSheet == nil || chosenSheet == sheet:
                    problems += failure.errors
                case .success(let found) where table == nil && !found.items.isEmpty:
                    table = found
                    chosenSheet = sheet
                case .success(let found) where chosenSheet == sheet && table.map { Self.sameColumns($0, found) } == true:
                    table?.rows += found.rows
                    table?.questions += found.questions
                case .success(let found) where !found.items.isEmpty:
                    notes.append(Self.notImported(found, position: position + 1, file: file.name))
                default: break
                }
            }
        }
        if let table {
            for (column, header) in choices where !table.chosen.contains(column) {
                problems.append(
                    ImportError(
                        file: file.name, sheet: table.sheet, line: table.headerLine, field: column.rawValue, value: header,
                        reason: "Không có cột này trong bảng; các cột: "
                            + table.headers.map { "«\($0)»" }.joined(separator: ", ")))
            }
        }
    }

    static func sameColumns(_ a: PlanTable, _ b: PlanTable) -> Bool {
        a.headers.map(TextNormalization.folded) == b.headers.map(TextNormalization.folded)
    }

    static func notImported(_ table: PlanTable, position: Int, file: String) -> ImportError {
        let title = table.title.map { " «\($0)»" } ?? ""
        return ImportError(
            file: file, sheet: table.sheet, line: table.headerLine,
            reason: "Bảng thứ \(position)\(title) (\(table.items.count) chỉ tiêu) có cột khác bảng được nhập nên "
                + "không được nhập cùng; hãy tách thành tệp riêng để nhập")
    }
}
