/// `xl/styles.xml`: every distinct `CellStyle` of a workbook, numbered once, with its fonts, fills, borders
/// and number formats shared.
struct StyleSheet {
    private struct Font: Hashable {
        var name: String
        var size: Double
        var bold: Bool
        var italic: Bool
    }

    private(set) var styles: [CellStyle] = []
    private var indexByStyle: [CellStyle: Int] = [:]

    init(defaultStyle: CellStyle) {
        _ = register(defaultStyle)
    }

    mutating func register(_ style: CellStyle) -> StyleID {
        if let index = indexByStyle[style] { return StyleID(index: index) }
        styles.append(style)
        indexByStyle[style] = styles.count - 1
        return StyleID(index: styles.count - 1)
    }

    func xml() -> [UInt8] {
        let fonts = unique(styles.map { Font(name: $0.fontName, size: $0.fontSize, bold: $0.bold, italic: $0.italic) })
        // Fills 0 and 1 are reserved by the format (none and gray125).
        let fills = unique(styles.compactMap(\.fill))
        let formats = unique(styles.compactMap(\.numberFormat))
        return XMLBuffer.part { xml in
            xml.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
            if !formats.isEmpty {
                xml.raw("<numFmts count=\"\(formats.count)\">")
                for (offset, code) in formats.enumerated() {
                    xml.raw("<numFmt numFmtId=\"\(164 + offset)\"")
                    xml.attribute("formatCode", code)
                    xml.raw("/>")
                }
                xml.raw("</numFmts>")
            }
            xml.raw("<fonts count=\"\(fonts.count)\">")
            for font in fonts {
                xml.raw("<font>\(font.bold ? "<b/>" : "")\(font.italic ? "<i/>" : "")<sz val=\"\(font.size)\"/>")
                xml.raw("<name")
                xml.attribute("val", font.name)
                xml.raw("/><charset val=\"163\"/></font>")
            }
            xml.raw("</fonts><fills count=\"\(fills.count + 2)\">")
            xml.raw("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
            for fill in fills {
                xml.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/><bgColor indexed=\"64\"/>")
                xml.raw("</patternFill></fill>")
            }
            xml.raw("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
            let thin = "style=\"thin\"><color auto=\"1\"/>"
            xml.raw("<border><left \(thin)</left><right \(thin)</right><top \(thin)</top><bottom \(thin)</bottom>")
            xml.raw("<diagonal/></border></borders>")
            xml.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
            xml.raw("<cellXfs count=\"\(styles.count)\">")
            for style in styles {
                let font =
                    fonts.firstIndex(of: Font(name: style.fontName, size: style.fontSize, bold: style.bold, italic: style.italic))
                    ?? 0
                let fill = style.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
                let format = style.numberFormat.flatMap { formats.firstIndex(of: $0) }.map { $0 + 164 } ?? 0
                xml.raw("<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(style.bordered ? 1 : 0)\"")
                xml.raw(" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"")
                xml.raw(format != 0 ? " applyNumberFormat=\"1\"" : "")
                xml.raw(fill != 0 ? " applyFill=\"1\">" : ">")
                xml.raw("<alignment")
                if let alignment = style.alignment { xml.raw(" horizontal=\"\(alignment.rawValue)\"") }
                if let vertical = style.verticalAlignment { xml.raw(" vertical=\"\(vertical.rawValue)\"") }
                if style.wrapText { xml.raw(" wrapText=\"1\"") }
                if style.indent > 0 { xml.raw(" indent=\"\(style.indent)\"") }
                xml.raw("/></xf>")
            }
            xml.raw("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
            xml.raw("</styleSheet>")
        }
    }

    private func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
