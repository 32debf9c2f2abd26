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
        /// Cùng kỳ, năm trước: the same period a year earlier.
        case previous = "Cùng kỳ"
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
        /// The figure of the same period a year earlier ("Cùng kỳ", "Năm trước"), as written.
        public var previous: String = ""
        /// The figures of the per-year or per-unit columns, in the order of `PlanTable.series`.
        public var series: [String] = []
    }

    /// Cột theo năm, cột theo đơn vị: one of several columns of the same figure for different years or units.
    public struct SeriesColumn: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// "2021", "Sơ bộ 2023" (preliminary).
            case year(Int, preliminary: Bool)
            /// "Xã A": the unit's name as written.
            case place(String)
        }

        public var index: Int
        public var header: String
        public var kind: Kind
    }

    /// Several columns could be the plan or the figure ("Ước TH 6 tháng", "Ước TH cả năm"): the review asks
    /// which one is meant instead of guessing; the first is shown until a person chooses.
    public struct ColumnQuestion: Hashable, Sendable {
        public var column: Column
        /// The candidate columns' indices and headers as written.
        public var candidates: [Int]
        public var headers: [String]
        public var sheet: String?
        public var headerLine: Int
    }

    /// Where each recognised column is, by index.
    public var columns: [Column: Int]
    /// The header cells as written (the plan column's "KH 2025" says the year).
    public var headers: [String]
    public var headerLine: Int
    public var rows: [Row]
    /// The sheet's name when the table comes from a workbook.
    public var sheet: String?
    /// Per-year or per-unit figure columns.
    public var series: [SeriesColumn] = []
    /// Columns that check the figures ("% KH", "TH/KH"): recognised, never read as figures.
    public var checks: [Int] = []
    /// Columns the header alone does not decide (`ColumnQuestion`).
    public var questions: [ColumnQuestion] = []
    /// The roles a person's choice (`--column`) decided.
    public var chosen: Set<Column> = []
    /// The caption just above the header ("BIỂU 02: KẾT QUẢ …"), when there is one.
    public var title: String?

    public var items: [Item] {
        rows.compactMap { if case .item(let item) = $0.kind { item } else { nil } }
    }
}

extension PlanTable {
    /// "A" … "E" and Roman numerals mark section rows.
    static func isSectionLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 5 else { return false }
        if text.count == 1, let c = text.first, c.isUppercase, c.isLetter, c != "I", c != "V", c != "X" { return true }
        return text.allSatisfy { "IVX".contains($0) }
    }

    /// The whole year the figures are for when the figures' header says so and names no part of a year:
    /// "Kết quả năm 2023", "Ước thực hiện năm 2023", "TH cả năm 2022"; not "Thực hiện 6 tháng năm 2024".
    public var valueYear: Period? {
        guard let index = columns[.value], index < headers.count else { return nil }
        let header = headers[index].folded
        let parts = ["thang", "quy", "ky", "dau nam", "cuoi nam"]
        guard header.contains("nam"), !parts.contains(where: header.contains) else { return nil }
        return header.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 > 1900 }
            .map { Period(year: $0, kind: .year) }
    }

    /// The year in the plan column's header ("KH 2025", "Kế hoạch 2024"), if any.
    public var planYear: Int? {
        guard let index = columns[.plan], index < headers.count else { return nil }
        return headers[index].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 > 1900 }
    }
}

extension PlanTable.Item {
    /// The target the row's plan cell states; a name opening with "Giảm" makes its figure a decrease.
    public var expression: TargetExpression {
        let unit = self.unit.isEmpty ? nil : self.unit
        if TextNormalization.folded(name).hasPrefix("giam ") {
            return TargetExpression.parse(plan, unit: unit, asChange: .decrease)
        }
        return TargetExpression.parse(plan, unit: unit)
    }
}
