/// Đoạn văn: a paragraph of runs with its alignment, spacing and indentation.
public struct Paragraph: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable {
        case left, center, right
        /// Căn đều hai bên, as the decree asks of the body text.
        case justified = "both"
    }

    public var runs: [Run]
    public var alignment: Alignment
    /// Points, for every run that does not set its own.
    public var size: Double?
    public var spacingBefore: Length
    public var spacingAfter: Length
    /// Line spacing as a multiple of single (1.0, 1.15, 1.5); nil is the document's default.
    public var lineSpacing: Double?
    public var firstLineIndent: Length?
    public var leftIndent: Length?
    public var rightIndent: Length?
    /// Keeps the paragraph on the page of the next one (headings, the lines of a signature block).
    public var keepWithNext: Bool
    /// A line under the paragraph, between its indents: the rule under the decree's title block.
    public var bottomBorder: Bool

    public init(
        _ runs: [Run], alignment: Alignment = .left, size: Double? = nil, spacingBefore: Length = .pt(0),
        spacingAfter: Length = .pt(0), lineSpacing: Double? = nil, firstLineIndent: Length? = nil,
        leftIndent: Length? = nil, rightIndent: Length? = nil, keepWithNext: Bool = false, bottomBorder: Bool = false
    ) {
        self.runs = runs
        self.alignment = alignment
        self.size = size
        self.spacingBefore = spacingBefore
        self.spacingAfter = spacingAfter
        self.lineSpacing = lineSpacing
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.keepWithNext = keepWithNext
        self.bottomBorder = bottomBorder
    }

    /// A paragraph of one run.
    public init(
        _ text: String, bold: Bool = false, italic: Bool = false, alignment: Alignment = .left, size: Double? = nil,
        spacingAfter: Length = .pt(0)
    ) {
        self.init(
            [Run(text, bold: bold, italic: italic)], alignment: alignment, size: size, spacingAfter: spacingAfter)
    }

    /// The text of its runs, line breaks as newlines.
    public var text: String {
        runs.map { run in
            switch run.content {
            case .text(let text): text
            case .lineBreak: "\n"
            case .pageNumber: ""
            }
        }.joined()
    }
}
