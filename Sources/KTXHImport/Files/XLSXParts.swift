import Foundation
import KTXHReading

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The workbook's sheet list with the zip path of each sheet.
struct WorkbookParts {
    struct Sheet {
        var name: String
        var path: String
    }

    var sheets: [Sheet]

    static func read(workbook: Data, relationships: Data?, file: String) throws -> WorkbookParts {
        let sheets = try XMLElements.collect(workbook, element: "sheet")
        let rels = try relationships.map { try XMLElements.collect($0, element: "Relationship") } ?? []
        var targets: [String: String] = [:]
        for rel in rels {
            if let id = rel["Id"], let target = rel["Target"] { targets[id] = target }
        }
        let list = sheets.enumerated().map { index, attributes -> Sheet in
            let name = attributes["name"] ?? "Sheet\(index + 1)"
            let target = attributes["r:id"].flatMap { targets[$0] } ?? "worksheets/sheet\(index + 1).xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return Sheet(name: name, path: path)
        }
        if list.isEmpty { throw ImportError(file: file, reason: "Tệp Excel không có trang tính nào") }
        return WorkbookParts(sheets: list)
    }
}

/// Collects the attributes of every element with a given name (small parts only).
final class XMLElements: NSObject, XMLParserDelegate {
    private let element: String
    private(set) var found: [[String: String]] = []

    init(element: String) {
        self.element = element
    }

    static func collect(_ data: Data, element: String) throws -> [[String: String]] {
        try parseXML(data, with: XMLElements(element: element)).found
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == element || name.hasSuffix(":" + element) { found.append(attributes) }
    }
}

struct XLSXFormatError: Error {}

/// Runs `delegate` over a small XML part and hands it back with what it collected.
func parseXML<Delegate: NSObject & XMLParserDelegate>(_ data: Data, with delegate: Delegate) throws -> Delegate {
    guard UTF8Check.isValid(data) else { throw XLSXFormatError() }
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else { throw XLSXFormatError() }
    return delegate
}

/// The shared string table: `<si>` items, each the text of its `<t>` runs.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) throws -> [String] {
        try parseXML(data, with: SharedStringsParser()).strings
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// Which cell styles show a number as a percentage (built-in formats 9 and 10, or a custom format with %).
final class StylesParser: NSObject, XMLParserDelegate {
    private var customPercent: Set<Int> = [9, 10]
    private var inCellXfs = false
    private var styles: [Int] = []

    static func percentStyles(_ data: Data) throws -> Set<Int> {
        let delegate = try parseXML(data, with: StylesParser())
        return Set(delegate.styles.enumerated().filter { delegate.customPercent.contains($0.element) }.map(\.offset))
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
                code.replacingOccurrences(of: "\"%\"", with: "").contains("%")
            {
                customPercent.insert(id)
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
