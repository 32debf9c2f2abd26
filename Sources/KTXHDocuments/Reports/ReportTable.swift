/// Bảng biểu: a report table as the documents print it (title, "Kèm theo …" line, a header of one or two
/// rows, section rows and indicator rows), independent of the format it is written in.
///
/// The progress table and the plan appendix both become one of these; `ReportTable+XLSX`, `+DOCX` and `+HTML`
/// each render it once for every report.
public struct ReportTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public enum Content: Hashable, Sendable {
            /// Short codes and numbers, centred.
            case centred
            /// The indicator's name, left-aligned and wrapped.
            case name
        }

        public var header: String
        /// A heading spanning this column and its neighbours with the same group ("Tiến độ thực hiện").
        public var group: String?
        public var content: Content

        public init(_ header: String, group: String? = nil, content: Content = .centred) {
            self.header = header
            self.group = group
            self.content = content
        }
    }

    public enum Value: Hashable, Sendable {
        case empty
        case text(String)
        case figure(Figure)

        public var text: String {
            switch self {
            case .empty: ""
            case .text(let text): text
            case .figure(let figure): figure.text
            }
        }
    }

    public enum Row: Hashable, Sendable {
        /// "A  Kinh tế": the label in the first column, the title across the rest.
        case section(label: String, title: String)
        /// An indicator; depth 1 is a sub-indicator, printed "- Đàn lợn".
        case item(cells: [Value], depth: Int)
    }

    /// The title, in capitals as the seeds print it.
    public var title: String
    /// "(Kèm theo Báo cáo số … )".
    public var subtitle: String?
    public var columns: [Column]
    public var rows: [Row]
    /// The spreadsheet's tab.
    public var sheetName: String

    public init(title: String, subtitle: String?, columns: [Column], rows: [Row], sheetName: String) {
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.rows = rows
        self.sheetName = sheetName
    }

    /// A wide table (the progress table) is printed on a turned page; a narrow one (the plan appendix) upright.
    public var page: PageSetup { columns.count > 5 ? .decreeLandscape : .decreePortrait }

    /// True when some column sits under a group heading, so the header takes two rows.
    var hasGroups: Bool { columns.contains { $0.group != nil } }

    /// The characters a short column needs: what nine cells in ten fit in (a long text, seed 001 row 41, wraps
    /// rather than widening the column for every row), never less than the longest word of its header. Nil
    /// for the name column, which takes the width left.
    var fittedCharacters: [Int?] {
        columns.enumerated().map { index, column in
            guard column.content != .name else { return nil }
            let lengths = rows.compactMap { row -> Int? in
                guard case .item(let cells, _) = row, index < cells.count, !cells[index].text.isEmpty else { return nil }
                return cells[index].text.count
            }.sorted()
            let typical = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
            let longestWord = column.header.split(separator: " ").map(\.count).max() ?? 0
            return min(max(typical, longestWord, 3), 20)
        }
    }

    /// Column widths in Excel's characters: the fitted ones with room for the cell's margins, the name 48.
    var characterWidths: [Double] {
        fittedCharacters.map { $0.map { Double($0) + 4 } ?? 48 }
    }
}
