import Foundation

/// Trang tính: one sheet of a workbook, streamed.
///
/// Rows are turned into XML as they are appended and flushed to a temporary file a megabyte at a time, so a
/// sheet of 200,000 rows costs the same memory as a sheet of twenty. Only the merged ranges, which reports
/// use in their headers, and the bounded table of shared strings are kept until the end.
public final class Worksheet {
    public let setup: WorksheetSetup
    let file: URL
    private let sharedStrings: SharedStrings
    private let handle: FileHandle
    private var buffer = XMLBuffer(capacity: Worksheet.flushSize + 4096)
    private var columnNames: [[UInt8]] = []
    private var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    /// Rows written so far; the next row is `rowCount + 1`.
    public private(set) var rowCount = 0
    /// The widest row written, in columns.
    public private(set) var columnCount = 0

    private static let flushSize = 1 << 20

    init(setup: WorksheetSetup, file: URL, selected: Bool, sharedStrings: SharedStrings) throws {
        self.setup = setup
        self.file = file
        self.sharedStrings = sharedStrings
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        handle = try FileHandle(forWritingTo: file)
        writeHead(selected: selected)
    }

    deinit {
        try? handle.close()
    }

    /// Appends the next row; `height` in points, nil to let the application size it.
    public func append(_ cells: [Cell], height: Double? = nil) throws {
        rowCount += 1
        let row = rowCount
        buffer.raw("<row r=\"")
        buffer.integer(row)
        if let height { buffer.raw("\" ht=\"\(height)\" customHeight=\"1\">") } else { buffer.raw("\">") }
        for (offset, cell) in cells.enumerated() {
            write(cell, row: row, column: offset + 1)
        }
        buffer.raw("</row>")
        columnCount = max(columnCount, cells.count)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Merges a block of cells (1-based, inclusive); the first cell's value and style show.
    public func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        merges.append((rows, columns))
    }

    private func write(_ cell: Cell, row: Int, column: Int) {
        if case .empty = cell.value, cell.style == nil { return }
        buffer.raw("<c r=\"")
        buffer.append(columnName(column))
        buffer.integer(row)
        buffer.raw("\"")
        if let style = cell.style, style.index != 0 {
            buffer.raw(" s=\"")
            buffer.integer(style.index)
            buffer.raw("\"")
        }
        switch cell.value {
        case .empty:
            buffer.raw("/>")
        case .number(let number):
            buffer.raw("><v>")
            buffer.number(number)
            buffer.raw("</v></c>")
        case .text(let text):
            if let number = sharedStrings.number(for: text) {
                buffer.raw(" t=\"s\"><v>")
                buffer.integer(number)
                buffer.raw("</v></c>")
                return
            }
            let padded = Self.isPadded(text)
            buffer.raw(padded ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
            buffer.text(text)
            buffer.raw("</t></is></c>")
        }
    }

    /// True when a text starts or ends with a space, which XML would otherwise let a reader drop. Checked on
    /// the bytes: `Character.isWhitespace` costs more than the rest of the cell.
    static func isPadded(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        let spaces: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        return spaces.contains(first) || spaces.contains(last) || (last == 0xA0 && utf8.dropLast().last == 0xC2)
    }

    private func columnName(_ column: Int) -> [UInt8] {
        while columnNames.count < column {
            columnNames.append(Array(CellReference.column(columnNames.count + 1).utf8))
        }
        return columnNames[column - 1]
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer.bytes)
        buffer.removeAll()
    }

    private func writeHead(selected: Bool) {
        buffer.raw(XMLBuffer.declaration)
        buffer.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        buffer.raw(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        if setup.fitToWidth { buffer.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        buffer.raw("<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>")
        if setup.frozenRows > 0 {
            let first = "A\(setup.frozenRows + 1)"
            buffer.raw(
                "<pane ySplit=\"\(setup.frozenRows)\" topLeftCell=\"\(first)\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            buffer.raw("<selection pane=\"bottomLeft\" activeCell=\"\(first)\" sqref=\"\(first)\"/>")
        }
        buffer.raw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.75\"/>")
        if !setup.columnWidths.isEmpty {
            buffer.raw("<cols>")
            for (offset, width) in setup.columnWidths.enumerated() {
                buffer.raw("<col min=\"\(offset + 1)\" max=\"\(offset + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            buffer.raw("</cols>")
        }
        buffer.raw("<sheetData>")
    }

    /// Closes the sheet's XML: merges, then printing.
    func finish() throws {
        buffer.raw("</sheetData>")
        if !merges.isEmpty {
            buffer.raw("<mergeCells count=\"\(merges.count)\">")
            for merge in merges {
                let from = CellReference.column(merge.columns.lowerBound) + "\(merge.rows.lowerBound)"
                let to = CellReference.column(merge.columns.upperBound) + "\(merge.rows.upperBound)"
                buffer.raw("<mergeCell ref=\"\(from):\(to)\"/>")
            }
            buffer.raw("</mergeCells>")
        }
        let page = setup.page
        buffer.raw("<printOptions horizontalCentered=\"1\"/>")
        buffer.raw("<pageMargins left=\"\(page.left.inches)\" right=\"\(page.right.inches)\" top=\"\(page.top.inches)\"")
        buffer.raw(" bottom=\"\(page.bottom.inches)\" header=\"0.3\" footer=\"0.3\"/>")
        buffer.raw("<pageSetup paperSize=\"9\" orientation=\"\(page.orientation.rawValue)\"")
        buffer.raw(setup.fitToWidth ? " fitToWidth=\"1\" fitToHeight=\"0\"/>" : "/>")
        if let footer = setup.footer {
            buffer.raw("<headerFooter><oddFooter>")
            buffer.text(footer)
            buffer.raw("</oddFooter></headerFooter>")
        }
        buffer.raw("</worksheet>")
        try flush()
        try handle.close()
    }
}
