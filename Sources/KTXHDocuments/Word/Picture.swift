import Foundation

/// Hình: a PNG picture in its own centred paragraph (a chart in a report), at a given size on paper, with the
/// text a screen reader says for it.
public struct Picture: Hashable, Sendable {
    public var png: Data
    public var width: Length
    public var height: Length
    public var description: String

    public init(png: Data, width: Length, height: Length, description: String) {
        self.png = png
        self.width = width
        self.height = height
        self.description = description
    }
}

extension DocumentBody {
    /// `<w:drawing>` with an inline picture (DrawingML), linked to its media part by `relationship`.
    static func write(_ picture: Picture, number: Int, relationship: String, to xml: inout XMLBuffer) {
        let (cx, cy) = (picture.width.emu, picture.height.emu)
        xml.raw("<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:jc w:val=\"center\"/></w:pPr>")
        xml.raw("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        xml.raw("<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(number)\"")
        xml.attribute("name", "Biểu đồ \(number)")
        xml.attribute("descr", picture.description)
        xml.raw("/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
        xml.raw("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        xml.raw("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        xml.raw("<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"bieu-do-\(number).png\"/><pic:cNvPicPr/></pic:nvPicPr>")
        xml.raw("<pic:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        xml.raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>")
        xml.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>")
        xml.raw("</wp:inline></w:drawing></w:r></w:p>")
    }
}
