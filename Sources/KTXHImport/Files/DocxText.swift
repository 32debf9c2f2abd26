import Foundation
import KTXHReading
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Tệp .docx: the text of a Word document, one paragraph a line, a table row a line of
/// tab-separated cells, as the seeds' text extraction lays it out, so that the same readers serve both.
public enum DocxText {
    public struct Unreadable: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Reads `word/document.xml` inside the zip.
    public static func text(of data: Data) throws(Unreadable) -> String {
        let xml: Data
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw Unreadable(description: "Tệp không phải văn bản Word (.docx): thiếu word/document.xml")
            }
            var buffer = Data()
            _ = try archive.extract(entry, skipCRC32: false) { buffer.append($0) }
            xml = buffer
        } catch let error as Unreadable {
            throw error
        } catch {
            throw Unreadable(description: "Không đọc được tệp .docx: \(error)")
        }
        return try paragraphs(fromDocumentXML: xml)
    }

    /// A zip with `word/document.xml`: a Word document, whatever its name (a workbook has `xl/` instead).
    public static func isWordDocument(_ url: URL) -> Bool {
        do {
            let archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
            return archive["word/document.xml"] != nil
        } catch {
            return false
        }
    }

    static func paragraphs(fromDocumentXML xml: Data) throws(Unreadable) -> String {
        guard UTF8Check.isValid(xml) else { throw Unreadable(description: "Nội dung word/document.xml không hợp lệ") }
        let reader = DocumentXMLReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw Unreadable(description: "Nội dung word/document.xml không hợp lệ")
        }
        return reader.lines.joined(separator: "\n")
    }
}

/// Collects `w:t` text by paragraph (`w:p`); cells (`w:tc`) of a row (`w:tr`) become one line.
private final class DocumentXMLReader: NSObject, XMLParserDelegate {
    var lines: [String] = []
    private var paragraph = ""
    private var cells: [String] = []
    private var cell: [String] = []
    /// A cell merged across columns (`w:gridSpan`) is repeated in each, as a workbook's merged cells are,
    /// so that a two-row header's columns line up with the row under it.
    private var span = 1
    private var tableDepth = 0
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:t": inText = true
        case "w:tab": paragraph += " "
        case "w:br": paragraph += " "
        case "w:tbl": tableDepth += 1
        case "w:tr": cells = []
        case "w:tc":
            cell = []
            span = 1
        case "w:gridSpan": span = max(1, min(attributes["w:val"].flatMap(Int.init) ?? 1, 64))
        case "w:p": paragraph = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if tableDepth > 0 { cell.append(paragraph) } else { lines.append(paragraph) }
            paragraph = ""
        case "w:tc": cells += Array(repeating: cell.joined(separator: " "), count: span)
        case "w:tr": lines.append(cells.joined(separator: "\t"))
        case "w:tbl": tableDepth -= 1
        default: break
        }
    }
}
