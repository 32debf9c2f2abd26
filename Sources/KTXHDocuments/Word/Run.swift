/// Đoạn chữ cùng định dạng: a run of text within a paragraph.
public struct Run: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case text(String)
        /// The current page number (a PAGE field), for headers.
        case pageNumber
        case lineBreak
    }

    public var content: Content
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// Points; nil takes the paragraph's size.
    public var size: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.init(content: .text(text), bold: bold, italic: italic, underline: underline, size: size)
    }

    public init(content: Content, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.content = content
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }

    public static let lineBreak = Run(content: .lineBreak)
    public static let pageNumber = Run(content: .pageNumber)
}
