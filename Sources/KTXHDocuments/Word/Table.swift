/// Bảng: a real Word table, whose header rows repeat on every page it runs over.
public struct Table: Hashable, Sendable {
    public var columnWidths: [Length]
    public var rows: [Row]
    /// Single lines around and between every cell; a layout table (the decree's title block) has none.
    public var bordered: Bool

    public init(columnWidths: [Length], rows: [Row], bordered: Bool = true) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.bordered = bordered
    }

    public struct Row: Hashable, Sendable {
        public var cells: [Cell]
        /// Repeated at the top of each page the table continues on.
        public var isHeader: Bool

        public init(_ cells: [Cell], isHeader: Bool = false) {
            self.cells = cells
            self.isHeader = isHeader
        }
    }

    public struct Cell: Hashable, Sendable {
        public enum VerticalMerge: String, Hashable, Sendable {
            /// The first cell of a block merged downwards.
            case start = "restart"
            /// A cell covered by the one above.
            case covered = "continue"
        }

        public enum VerticalAlignment: String, Hashable, Sendable {
            case top, center, bottom
        }

        public var paragraphs: [Paragraph]
        /// Columns this cell spans.
        public var span: Int
        public var verticalMerge: VerticalMerge?
        /// A background as RRGGBB.
        public var shading: String?
        public var verticalAlignment: VerticalAlignment

        public init(
            _ paragraphs: [Paragraph], span: Int = 1, verticalMerge: VerticalMerge? = nil, shading: String? = nil,
            verticalAlignment: VerticalAlignment = .center
        ) {
            self.paragraphs = paragraphs
            self.span = span
            self.verticalMerge = verticalMerge
            self.shading = shading
            self.verticalAlignment = verticalAlignment
        }
    }
}
