import Foundation

/// Tab-separated text as the seeds' tables are extracted: one record a line, blank lines skipped,
/// each record keeping its 1-based line number for error messages.
public struct TSV: Sendable {
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]

        public subscript(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return fields[index]
        }
    }

    public var records: [Record]

    public init(_ text: String) {
        var records: [Record] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if offset == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                TextNormalization.collapseSpaces(TextNormalization.nfc(Self.stripMarkup(String($0))))
            }
            records.append(Record(line: offset + 1, fields: fields))
        }
        self.records = records
    }

    /// The seeds' text extraction leaves `<b>…</b>` and `&amp;` in cells.
    static func stripMarkup(_ cell: String) -> String {
        cell.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
