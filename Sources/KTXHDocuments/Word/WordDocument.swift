import Foundation

/// Văn bản Word: a DOCX written by ktxh itself (WordprocessingML on top of ZIPFoundation).
///
/// Sections follow each other; a section of another orientation starts on a new page. Pages are numbered in
/// the header, centred, from the second page on.
public struct WordDocument: Hashable, Sendable {
    public var title: String
    public var fontName: String
    /// Points.
    public var fontSize: Double
    public var sections: [Section]

    public init(title: String, fontName: String = "Times New Roman", fontSize: Double = 14, sections: [Section]) {
        self.title = title
        self.fontName = fontName
        self.fontSize = fontSize
        self.sections = sections
    }

    static let contentTypeBase = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// Writes the .docx package to `url`, replacing any file there.
    public func write(to url: URL) throws {
        let package = try OOXMLPackage(creatingAt: url, mainPart: "word/document.xml", title: title)
        var links = Relationships()
        _ = links.add(Self.relationshipBase + "styles", "styles.xml")
        _ = links.add(Self.relationshipBase + "settings", "settings.xml")
        let numbered = links.add(Self.relationshipBase + "header", "header1.xml")
        let blank = links.add(Self.relationshipBase + "header", "header2.xml")
        let parts = WordParts(fontName: fontName, fontSize: fontSize)
        try package.add("word/styles.xml", contentType: Self.contentTypeBase + "styles+xml", bytes: parts.styles())
        try package.add("word/settings.xml", contentType: Self.contentTypeBase + "settings+xml", bytes: parts.settings())
        try package.add("word/header1.xml", contentType: Self.contentTypeBase + "header+xml", bytes: parts.header(numbered: true))
        try package.add(
            "word/header2.xml", contentType: Self.contentTypeBase + "header+xml", bytes: parts.header(numbered: false))
        var media: [String] = []
        for case .picture(let picture) in sections.flatMap(\.blocks) {
            let path = "media/bieu-do-\(media.count + 1).png"
            media.append(links.add(Self.relationshipBase + "image", path))
            try package.add("word/" + path, contentType: "image/png", bytes: Array(picture.png))
        }
        try package.add("word/_rels/document.xml.rels", contentType: Relationships.contentType, bytes: links.xml())
        let body = DocumentBody(sections: sections, headers: (numbered: numbered, blank: blank), pictures: media)
        try package.add("word/document.xml", contentType: Self.contentTypeBase + "document.main+xml", bytes: body.xml())
        try package.finish()
    }
}
