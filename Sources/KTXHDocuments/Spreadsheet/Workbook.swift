import Foundation

/// Sổ tính: an XLSX workbook written by ktxh itself (SpreadsheetML on top of ZIPFoundation).
///
/// Sheets stream their rows to a temporary folder; `write(to:)` closes them and zips everything into the file.
/// Texts go to a bounded shared-strings table (`SharedStrings`), so nothing grows with the number of rows.
public final class Workbook {
    /// The title a file manager and Office show.
    public let title: String
    private var styleSheet: StyleSheet
    private var sheets: [Worksheet] = []
    private let sharedStrings: SharedStrings
    private let directory: URL

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// - Parameter title: the document title a file manager shows.
    public convenience init(title: String, defaultStyle: CellStyle = CellStyle()) throws {
        try self.init(title: title, defaultStyle: defaultStyle, sharedStrings: SharedStrings())
    }

    init(title: String, defaultStyle: CellStyle, sharedStrings: SharedStrings) throws {
        self.title = title
        self.sharedStrings = sharedStrings
        styleSheet = StyleSheet(defaultStyle: defaultStyle)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Registers a style (once per distinct value) and returns its id for cells.
    public func style(_ style: CellStyle) -> StyleID {
        styleSheet.register(style)
    }

    public func addSheet(_ setup: WorksheetSetup) throws -> Worksheet {
        let file = directory.appendingPathComponent("sheet\(sheets.count + 1).xml")
        let sheet = try Worksheet(setup: setup, file: file, selected: sheets.isEmpty, sharedStrings: sharedStrings)
        sheets.append(sheet)
        return sheet
    }

    /// Finishes every sheet and writes the .xlsx package to `url`, replacing any file there.
    public func write(to url: URL) throws {
        let package = try OOXMLPackage(creatingAt: url, mainPart: "xl/workbook.xml", title: title)
        var links = Relationships()
        for (offset, sheet) in sheets.enumerated() {
            try sheet.finish()
            _ = links.add(Self.relationshipBase + "worksheet", "worksheets/sheet\(offset + 1).xml")
            try package.add(
                "xl/worksheets/sheet\(offset + 1).xml",
                contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml", file: sheet.file)
        }
        _ = links.add(Self.relationshipBase + "styles", "styles.xml")
        if !sharedStrings.strings.isEmpty {
            _ = links.add(Self.relationshipBase + "sharedStrings", "sharedStrings.xml")
            try package.add(
                "xl/sharedStrings.xml",
                contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
                bytes: sharedStrings.xml())
        }
        try package.add(
            "xl/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            bytes: styleSheet.xml())
        try package.add("xl/_rels/workbook.xml.rels", contentType: Relationships.contentType, bytes: links.xml())
        try package.add(
            "xl/workbook.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            bytes: workbookXML())
        try package.finish()
    }

    /// `xl/workbook.xml`: the sheets, and each sheet's print area and repeated header rows.
    private func workbookXML() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipBase.dropLast())\">")
            xml.raw("<bookViews><workbookView/></bookViews><sheets>")
            for (offset, sheet) in sheets.enumerated() {
                xml.raw("<sheet")
                xml.attribute("name", sheet.setup.safeName)
                xml.raw(" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>")
            }
            xml.raw("</sheets>")
            let names = definedNames()
            if !names.isEmpty {
                xml.raw("<definedNames>")
                for name in names {
                    xml.raw("<definedName name=\"\(name.name)\" localSheetId=\"\(name.sheet)\">")
                    xml.text(name.value)
                    xml.raw("</definedName>")
                }
                xml.raw("</definedNames>")
            }
            xml.raw("</workbook>")
        }
    }

    private func definedNames() -> [(name: String, sheet: Int, value: String)] {
        var names: [(name: String, sheet: Int, value: String)] = []
        for (offset, sheet) in sheets.enumerated() where sheet.rowCount > 0 {
            let quoted = "'" + sheet.setup.safeName.replacingOccurrences(of: "'", with: "''") + "'"
            let area = CellReference.absoluteRange(rows: 1...sheet.rowCount, columns: 1...max(1, sheet.columnCount))
            names.append(("_xlnm.Print_Area", offset, quoted + "!" + area))
            if let titles = sheet.setup.printTitleRows {
                names.append(("_xlnm.Print_Titles", offset, "\(quoted)!$\(titles.lowerBound):$\(titles.upperBound)"))
            }
        }
        return names
    }
}
