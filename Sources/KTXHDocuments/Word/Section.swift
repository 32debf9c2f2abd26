/// A piece of a section's body.
public enum Block: Hashable, Sendable {
    case paragraph(Paragraph)
    case table(Table)
    case picture(Picture)
}

/// Phần (section): pages sharing one paper orientation and margins.
public struct Section: Hashable, Sendable {
    public var page: PageSetup
    public var blocks: [Block]
    /// Page numbers centred at the top of each page, the first page of the document excepted (Nghị định
    /// 30/2020/NĐ-CP numbers pages from the second).
    public var numbersPages: Bool

    public init(page: PageSetup, blocks: [Block], numbersPages: Bool = true) {
        self.page = page
        self.blocks = blocks
        self.numbersPages = numbersPages
    }
}
