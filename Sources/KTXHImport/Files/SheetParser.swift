import Foundation
import KTXHCore
import KTXHReading

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams one worksheet's XML into records: each `<row>`'s cells placed by their reference (D5 → column
/// 3), numbers written back in Vietnamese format, merged ranges filled with their top-left value.
final class SheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let percentStyles: Set<Int>
    private var rows: [Int: [Int: String]] = [:]
    private var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    private var cell: (row: Int, column: Int, type: String?, style: Int)?
    private var text = ""
    private var collecting = false
    private var nextRow = 1
    private var nextColumn = 0
    private var cells = 0
    private var maximumCells = Int.max
    private(set) var tooManyCells = false
    /// A merged range fills at most this many columns, and only rows that hold cells: "A1:XFD1048576" is no table.
    static let maximumMergedColumns = 256

    init(sharedStrings: [String], percentStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.percentStyles = percentStyles
    }

    /// The worksheet's rows; past `maximumCells` cells the file is refused rather than held in memory.
    static func records(
        at url: URL, sharedStrings: [String], percentStyles: Set<Int>, sheet: String, file: String, maximumCells: Int
    ) throws -> [TSV.Record] {
        guard UTF8Check.isValid(fileAt: url) else {
            throw ImportError(file: file, reason: "Trang tính «\(sheet)» bị hỏng (XML không hợp lệ)")
        }
        guard let stream = InputStream(url: url) else {
            throw ImportError(file: file, reason: "Không đọc được trang tính «\(sheet)»")
        }
        let parser = XMLParser(stream: stream)
        let delegate = SheetParser(sharedStrings: sharedStrings, percentStyles: percentStyles)
        delegate.maximumCells = maximumCells
        parser.delegate = delegate
        let parsed = parser.parse()
        if delegate.tooManyCells {
            throw ImportError(
                file: file,
                reason: "Trang tính «\(sheet)» có quá nhiều ô (trên \(VietnameseNumber.format(Decimal(maximumCells))) ô), "
                    + "có thể là tệp hỏng hoặc độc hại")
        }
        guard parsed else { throw ImportError(file: file, reason: "Trang tính «\(sheet)» bị hỏng (XML không hợp lệ)") }
        return delegate.finish()
    }

    private func finish() -> [TSV.Record] {
        let filled = Array(rows.keys)
        for merge in merges.prefix(10_000) {
            guard let value = rows[merge.rows.lowerBound]?[merge.columns.lowerBound] else { continue }
            let columns = merge.columns.clamped(
                to: merge.columns.lowerBound...(merge.columns.lowerBound + Self.maximumMergedColumns - 1))
            for r in filled where merge.rows.contains(r) {
                for c in columns where rows[r]?[c] == nil { rows[r, default: [:]][c] = value }
            }
        }
        return rows.keys.sorted().compactMap { number in
            guard let cells = rows[number], let last = cells.keys.max() else { return nil }
            let fields = (0...last).map { TSV.clean(cells[$0] ?? "") }
            return fields.contains { !$0.isEmpty } ? TSV.Record(line: number, fields: fields) : nil
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row":
            nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
            nextColumn = 0
        case "c":
            let reference = attributes["r"].flatMap(CellReference.init)
            let column = reference?.column ?? nextColumn
            cell = (reference?.row ?? nextRow, column, attributes["t"], attributes["s"].flatMap(Int.init) ?? 0)
            nextColumn = column + 1
            text = ""
        case "v", "t":
            collecting = cell != nil
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellReference.range(ref) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            if let cell, let value = value(of: cell) {
                rows[cell.row, default: [:]][cell.column] = value
                cells += 1
                if cells > maximumCells {
                    tooManyCells = true
                    parser.abortParsing()
                }
            }
            cell = nil
        case "row": nextRow += 1
        default: break
        }
    }

    private func value(of cell: (row: Int, column: Int, type: String?, style: Int)) -> String? {
        switch cell.type {
        case "s": return Int(text).flatMap { $0 < sharedStrings.count ? sharedStrings[$0] : nil }
        case "inlineStr", "str": return text
        case "b": return text == "1" ? "Có" : "Không"
        case "e": return nil
        default:
            guard !text.isEmpty, var number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                return text.isEmpty ? nil : text
            }
            if percentStyles.contains(cell.style) { number *= 100 }
            return VietnameseNumber.format(number, fractionDigits: nil)
        }
    }
}
