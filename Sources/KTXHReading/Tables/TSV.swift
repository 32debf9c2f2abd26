import Foundation

/// Rows of cells as a table reader sees them, whatever the file: tab-separated text as the seeds' tables
/// are extracted, CSV, or one sheet of an XLSX workbook. Blank rows are skipped; each record keeps its
/// 1-based line (or sheet row) number for error messages.
public struct TSV: Sendable {
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        public subscript(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return fields[index]
        }
    }

    public var records: [Record]
    /// The sheet's name when the rows come from a workbook.
    public var sheet: String?

    public init(records: [Record], sheet: String? = nil) {
        self.records = records
        self.sheet = sheet
    }

    public init(_ text: String) {
        var records: [Record] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if offset == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                Self.clean(String($0))
            }
            records.append(Record(line: offset + 1, fields: fields))
        }
        self.records = records
        self.sheet = nil
    }

    /// The seeds' text extraction leaves `<b>…</b>` and `&amp;` in cells.
    package static func clean(_ cell: String) -> String {
        TextNormalization.collapseSpaces(TextNormalization.nfc(stripMarkup(cell)))
    }

    static func stripMarkup(_ cell: String) -> String {
        cell.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
