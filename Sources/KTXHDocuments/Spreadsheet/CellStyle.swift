/// Định dạng ô: how one cell looks. Styles are values; the workbook numbers each distinct one once.
public struct CellStyle: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable {
        case left, center, right
    }

    public enum VerticalAlignment: String, Hashable, Sendable {
        case top, center, bottom
    }

    public var fontName = "Times New Roman"
    public var fontSize: Double = 12
    public var bold = false
    public var italic = false
    public var alignment: Alignment?
    public var verticalAlignment: VerticalAlignment? = .center
    public var wrapText = false
    /// A thin border on all four sides.
    public var bordered = false
    /// A solid background, as RRGGBB.
    public var fill: String?
    /// Indentation in Excel's steps (about three characters each).
    public var indent = 0
    /// An Excel number format code; nil is General.
    public var numberFormat: String?

    public init(
        fontSize: Double = 12, bold: Bool = false, italic: Bool = false, alignment: Alignment? = nil,
        verticalAlignment: VerticalAlignment? = .center, wrapText: Bool = false, bordered: Bool = false,
        fill: String? = nil, indent: Int = 0, numberFormat: String? = nil
    ) {
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
        self.bordered = bordered
        self.fill = fill
        self.indent = indent
        self.numberFormat = numberFormat
    }
}

/// The index of a registered `CellStyle` in the workbook's styles.
public struct StyleID: Hashable, Sendable {
    let index: Int
}
