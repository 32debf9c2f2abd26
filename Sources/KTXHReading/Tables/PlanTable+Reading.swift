import Foundation
import KTXHCore

extension PlanTable {
    /// Reads the first table of tab-separated text (a title, "Kèm theo …", blank rows above are skipped).
    public static func read(_ tsv: TSV, file: String? = nil, choices: [Column: String] = [:]) throws(ImportErrors)
        -> PlanTable
    {
        guard let first = readEach(tsv, file: file, choices: choices).first else {
            throw ImportErrors([
                ImportError(file: file, sheet: tsv.sheet, reason: "Không tìm thấy dòng tiêu đề của bảng (cần có cột «Chỉ tiêu»)")
            ])
        }
        return try first.get()
    }

    /// Every table in the records, in order: a sheet or a document may hold several ("Biểu 01", "Biểu 02").
    public static func readAll(_ tsv: TSV, file: String? = nil, choices: [Column: String] = [:]) throws(ImportErrors)
        -> [PlanTable]
    {
        var tables: [PlanTable] = []
        var errors: [ImportError] = []
        for result in readEach(tsv, file: file, choices: choices) {
            switch result {
            case .success(let table): tables.append(table)
            case .failure(let failure): errors += failure.errors
            }
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return tables
    }

    /// Each table on its own, so that a bad row in one is reported without hiding the others.
    public static func readEach(_ tsv: TSV, file: String? = nil, choices: [Column: String] = [:])
        -> [Result<PlanTable, ImportErrors>]
    {
        let records = tsv.records
        var results: [Result<PlanTable, ImportErrors>] = []
        var index = 0
        var previousEnd = 0
        while index < records.count {
            guard let header = header(at: index, in: records, choices: choices) else {
                index += 1
                continue
            }
            var end = header.bodyStart
            while end < records.count, !isClosing(records[end].fields),
                self.header(at: end, in: records, choices: choices) == nil
            {
                end += 1
            }
            var body = Array(records[header.bodyStart..<end])
            // A caption just before the next table's header ("BIỂU 02: …") is that table's title, not a row.
            if end < records.count, !isClosing(records[end].fields) {
                while let last = body.last, isCaption(last.fields) { body.removeLast() }
            }
            let title = records[previousEnd..<index].last { isCaption($0.fields) }.map { distinctCells($0.fields)[0] }
            var table = PlanTable(
                columns: header.layout.columns, headers: header.cells, headerLine: records[index].line, rows: [],
                sheet: tsv.sheet, series: header.layout.series, checks: header.layout.checks,
                questions: header.layout.questions, chosen: header.layout.chosen, title: title)
            for i in table.questions.indices {
                table.questions[i].sheet = tsv.sheet
                table.questions[i].headerLine = table.headerLine
            }
            results.append(
                Result { () throws(ImportErrors) in
                    table.rows = try rows(body, of: table, skipping: records[index].fields, file: file)
                    return table
                })
            // The captions dropped from this body are looked at again as the next table's title.
            previousEnd = header.bodyStart + body.count
            index = end
        }
        return results
    }

    /// The header at `index`, with the row under it when that row names sub-columns ("Số lượng | % KH").
    static func header(at index: Int, in records: [TSV.Record], choices: [Column: String]) -> (
        cells: [String], layout: Layout, bodyStart: Int
    )? {
        let top = records[index].fields
        // A title merged across the row repeats one text in every cell; a header has several.
        guard distinctCells(top).count >= 3, !top.contains(where: isFigure) else { return nil }
        var cells = top
        var roles = top.map(role(forHeader:))
        var bodyStart = index + 1
        if bodyStart < records.count, let combined = secondRow(records[bodyStart].fields, under: top) {
            (cells, roles) = combined
            bodyStart += 1
        }
        let layout = layout(cells, roles: roles, choices: choices)
        return layout.isTable ? (cells, layout, bodyStart) : nil
    }

    /// A cell that holds a figure, not a header word (years are header words).
    static func isFigure(_ cell: String) -> Bool {
        guard let number = try? VietnameseNumber.decimal(cell) else { return false }
        return !(1900...2100).contains(number) || cell.count != 4
    }

    /// The cells with merged repeats collapsed: "A | A | A | B" → "A | B".
    static func distinctCells(_ fields: [String]) -> [String] {
        var result: [String] = []
        for field in fields where !field.isEmpty && field != result.last { result.append(field) }
        return result
    }
}
