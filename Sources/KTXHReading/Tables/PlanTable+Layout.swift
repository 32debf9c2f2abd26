import Foundation

extension PlanTable {
    /// Bố cục cột: which column is which, from the header's cells (both rows combined for a two-row header).
    struct Layout {
        var columns: [Column: Int] = [:]
        var checks: [Int] = []
        var series: [SeriesColumn] = []
        var questions: [ColumnQuestion] = []
        var chosen: Set<Column> = []

        /// A header names the indicators and has at least one column of figures.
        var isTable: Bool {
            columns[.name] != nil
                && (columns[.plan] != nil || columns[.value] != nil || columns[.previous] != nil || !series.isEmpty)
        }
    }

    /// The columns a header's cells name, the first of each kind (the consistency check's view).
    static func recogniseHeader(_ cells: [String]) -> [Column: Int] {
        layout(cells, roles: cells.map(role(forHeader:))).columns
    }

    static func layout(_ headers: [String], roles: [HeaderRole?], choices: [Column: String] = [:]) -> Layout {
        var layout = Layout()
        var candidates: [Column: [Int]] = [:]
        for (index, role) in roles.enumerated() {
            switch role {
            case .column(let column): candidates[column, default: []].append(index)
            case .check: layout.checks.append(index)
            case .year(let year, let preliminary):
                layout.series.append(
                    SeriesColumn(index: index, header: headers[index], kind: .year(year, preliminary: preliminary)))
            case .place(let name): layout.series.append(SeriesColumn(index: index, header: headers[index], kind: .place(name)))
            case nil: break
            }
        }
        for column in Column.allCases {
            if let choice = choices[column], let index = chosenIndex(choice, in: headers) {
                layout.columns[column] = index
                layout.chosen.insert(column)
                layout.series.removeAll { $0.index == index }
                layout.checks.removeAll { $0 == index }
                continue
            }
            guard let indices = candidates[column], let first = indices.first else { continue }
            layout.columns[column] = first
            // Two columns for the plan or the figure ("Ước TH 6 tháng", "Ước TH cả năm"): a person's call.
            if indices.count > 1, [.plan, .value, .previous].contains(column) {
                layout.questions.append(
                    ColumnQuestion(
                        column: column, candidates: indices, headers: indices.map { headers[$0] }, sheet: nil,
                        headerLine: 0))
            }
        }
        return layout
    }

    /// The column a person named: its header as written (accents and case aside), or "cột D" / "cột 4".
    static func chosenIndex(_ choice: String, in headers: [String]) -> Int? {
        let wanted = TextNormalization.folded(choice)
        if let exact = headers.firstIndex(where: { TextNormalization.folded($0) == wanted }) { return exact }
        if wanted.hasPrefix("cot ") {
            let reference = wanted.dropFirst(4).trimmingCharacters(in: .whitespaces)
            if let number = Int(reference), number >= 1 { return number - 1 }
            if let cell = CellReference(reference.uppercased() + "1") { return cell.column }
        }
        let partial = headers.indices.filter { TextNormalization.folded(headers[$0]).contains(wanted) }
        return partial.count == 1 ? partial.first : nil
    }

    /// A role as a person writes it in `--column ROLE=HEADER`: "Thực hiện", "KH", "Cùng kỳ", "Ghi chú".
    public static func column(named text: String) -> Column? {
        let folded = TextNormalization.folded(text)
        return Column.allCases.first { TextNormalization.folded($0.rawValue) == folded } ?? column(forHeader: text)
    }
}

extension PlanTable.ColumnQuestion {
    /// «Thực hiện»: «Ước TH 6 tháng» (cột thứ 4) hay «Ước TH cả năm» (cột thứ 5)?
    public var message: String {
        let options = zip(candidates, headers).map { "«\($1)» (cột thứ \($0 + 1))" }.joined(separator: " hay ")
        let sheetPart = sheet.map { "trang tính «\($0)», " } ?? ""
        return "Bảng (\(sheetPart)dòng tiêu đề \(headerLine)) có \(candidates.count) cột có thể là «\(column.rawValue)»: "
            + "\(options). Tạm dùng cột thứ \((candidates.first ?? 0) + 1); hãy chọn một, ví dụ "
            + "--column \"\(column.rawValue)=\(headers.first ?? "")\""
    }
}
