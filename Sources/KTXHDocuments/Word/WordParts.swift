/// The small fixed parts of a DOCX: styles (the default font), settings, and the page-number header.
struct WordParts {
    var fontName: String
    var fontSize: Double

    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    func styles() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<w:styles \(Self.namespace)><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts")
            for attribute in ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"] { xml.attribute(attribute, fontName) }
            let size = Int((fontSize * 2).rounded())
            xml.raw("/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\"/>")
            xml.raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
            xml.raw("</w:pPr></w:pPrDefault></w:docDefaults>")
            xml.raw(
                "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            )
            xml.raw("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
            xml.raw("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
            xml.raw("<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
            xml.raw("</w:tblCellMar></w:tblPr></w:style></w:styles>")
        }
    }

    func settings() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<w:settings \(Self.namespace)><w:defaultTabStop w:val=\"720\"/>")
            xml.raw("<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\"")
            xml.raw(" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>")
        }
    }

    /// The header: the page number centred, in the body's size (the decree's 13-14 pt); or nothing, for the
    /// first page.
    func header(numbered: Bool) -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<w:hdr \(Self.namespace)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>")
            if numbered {
                xml.raw("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple>")
            }
            xml.raw("</w:p></w:hdr>")
        }
    }
}
