import Foundation
import KTXHCore

/// A plan or progress table as officials lay it out (seed 000's appendix, seed 001's "Biểu tiến độ"):
/// columns recognised by their Vietnamese headers in any order, section rows, "- " sub-rows.
public struct PlanTable: Hashable, Sendable {
    public enum Column: String, Hashable, Sendable, CaseIterable {
        case number = "STT"
        case name = "Chỉ tiêu"
        case unit = "Đơn vị tính"
        case plan = "Kế hoạch"
        case value = "Thực hiện"
        case statedLabel = "Đánh giá"
        case note = "Ghi chú"
    }

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var kind: Kind

        public enum Kind: Hashable, Sendable {
            /// "A  Kinh tế", "I  Các chỉ tiêu về GD&ĐT".
            case section(label: String, title: String)
            case item(Item)
        }
    }

    public struct Item: Hashable, Sendable {
        public var number: String
        /// The name as written, without a leading "- ".
        public var name: String
        public var unit: String
        public var plan: String
        public var value: String
        /// The label the document itself wrote; kept to compare, never used to judge.
        public var statedLabel: String
        public var note: String
        /// A "- " row under the item above.
        public var isSubRow: Bool
    }

    /// Where each recognised column is, by index.
    public var columns: [Column: Int]
    /// The header cells as written (the plan column's "KH 2025" says the year).
    public var headers: [String]
    public var headerLine: Int
    public var rows: [Row]
    /// The sheet's name when the table comes from a workbook.
    public var sheet: String?

    public var items: [Item] {
        rows.compactMap { if case .item(let item) = $0.kind { item } else { nil } }
    }
}

extension PlanTable {
    /// Reads the table from tab-separated text. Lines above the header (a title, "Kèm theo …") are skipped.
    public static func read(_ tsv: TSV, file: String? = nil) throws(ImportErrors) -> PlanTable {
        let isHeader = { (fields: [String]) -> Bool in
            let columns = recogniseHeader(fields)
            return columns[.name] != nil && (columns[.plan] != nil || columns[.value] != nil)
        }
        guard let headerIndex = tsv.records.firstIndex(where: { isHeader($0.fields) }) else {
            throw ImportErrors([
                ImportError(file: file, reason: "Không tìm thấy dòng tiêu đề của bảng (cần có cột «Chỉ tiêu»)")
            ])
        }
        let header = tsv.records[headerIndex]
        let columns = recogniseHeader(header.fields)
        var rows: [Row] = []
        var errors: [ImportError] = []
        for record in tsv.records[(headerIndex + 1)...] {
            // Merged header cells filled downwards repeat the header; "(1) (2) (3)" rows number the columns.
            if record.fields == header.fields || isColumnNumbering(record.fields) { continue }
            let number = record[columns[.number]]
            var name = record[columns[.name]]
            let rest = [Column.unit, .plan, .value, .statedLabel].map { record[columns[$0]] }
            if name.isEmpty && number.isEmpty && rest.allSatisfy(\.isEmpty) { continue }
            if isSectionLabel(number) && rest.allSatisfy(\.isEmpty) {
                rows.append(Row(line: record.line, kind: .section(label: number, title: name)))
                continue
            }
            let isSubRow = name.hasPrefix("-") && number.isEmpty
            if isSubRow { name = String(name.drop { $0 == "-" || $0 == " " }) }
            guard !name.isEmpty else {
                errors.append(
                    ImportError(
                        file: file, sheet: tsv.sheet, line: record.line, column: columns[.name], field: "Chỉ tiêu",
                        reason: "Dòng không có tên chỉ tiêu"))
                continue
            }
            rows.append(
                Row(
                    line: record.line,
                    kind: .item(
                        Item(
                            number: number, name: name, unit: rest[0], plan: rest[1], value: rest[2],
                            statedLabel: rest[3], note: record[columns[.note]], isSubRow: isSubRow))))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return PlanTable(columns: columns, headers: header.fields, headerLine: header.line, rows: rows, sheet: tsv.sheet)
    }

    static func recogniseHeader(_ cells: [String]) -> [Column: Int] {
        var columns: [Column: Int] = [:]
        for (index, cell) in cells.enumerated() {
            guard let column = column(forHeader: cell), columns[column] == nil else { continue }
            columns[column] = index
        }
        return columns
    }

    static func column(forHeader cell: String) -> Column? {
        let h = TextNormalization.folded(cell)
        if h == "stt" || h == "tt" || h == "so tt" { return .number }
        if h.hasPrefix("chi tieu") || h == "noi dung" || h == "ten chi tieu" { return .name }
        if h == "don vi tinh" || h == "dvt" || h == "don vi" { return .unit }
        if h.hasPrefix("kh") || h.hasPrefix("ke hoach") || h.hasPrefix("muc tieu") { return .plan }
        if h.hasPrefix("tien do thuc hien") || h.hasPrefix("thuc hien") || h.hasPrefix("uoc th")
            || h.hasPrefix("uoc thuc hien") || h.hasPrefix("ket qua")
        {
            return .value
        }
        if h.hasPrefix("danh gia") { return .statedLabel }
        if h.hasPrefix("ghi chu") { return .note }
        return nil
    }

    static func isColumnNumbering(_ fields: [String]) -> Bool {
        let numbers = fields.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()")) }
        guard numbers.count >= 3, numbers.allSatisfy({ Int($0) != nil }) else { return false }
        return numbers.compactMap(Int.init) == Array(1...numbers.count)
    }

    /// "A" … "E" and Roman numerals mark section rows.
    static func isSectionLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 5 else { return false }
        if text.count == 1, let c = text.first, c.isUppercase, c.isLetter, c != "I", c != "V", c != "X" { return true }
        return text.allSatisfy { "IVX".contains($0) }
    }

    /// The year in the plan column's header ("KH 2025", "Kế hoạch 2024"), if any.
    public var planYear: Int? {
        guard let index = columns[.plan], index < headers.count else { return nil }
        return headers[index].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 > 1900 }
    }
}
