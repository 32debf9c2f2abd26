import Foundation

/// Báo cáo: a report's text as the checker reads it: prose lines (a paragraph each, footnote marks
/// kept as `[^n]`), footnotes by number, and tables (tab-separated lines, repeated rows dropped).
package struct ReportText {
    struct Line: Hashable {
        var number: Int
        var text: String
    }

    struct Row: Hashable {
        var number: Int
        var cells: [String]
    }

    var prose: [Line] = []
    var footnotes: [String: Line] = [:]
    /// Consecutive table rows; a table repeated further down (seed 003's appendix) is read once.
    var tables: [[Row]] = []

    init(_ text: String) {
        var table: [Row] = []
        var seenRows: Set<[String]> = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if raw.contains("\t") {
                let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                    ProseCleanup.clean(String($0))
                }
                guard cells.contains(where: { !$0.isEmpty }) else { continue }
                // Header rows repeat on every page of a table; data rows repeat only when the table does.
                if seenRows.insert(cells).inserted || Self.isHeader(cells) { table.append(Row(number: number, cells: cells)) }
                continue
            }
            let line = ProseCleanup.clean(String(raw), keepFootnoteMarks: true)
            if line.isEmpty { continue }
            if !table.isEmpty {
                tables.append(table)
                table = []
            }
            if line.hasPrefix("[^"), let close = line.firstIndex(of: "]") {
                let mark = String(line[line.index(line.startIndex, offsetBy: 2)..<close])
                footnotes[mark] = Line(number: number, text: String(line[line.index(after: close)...]).trimmed)
            }
            prose.append(Line(number: number, text: line))
        }
        if !table.isEmpty { tables.append(table) }
    }

    static func isHeader(_ cells: [String]) -> Bool {
        !cells.contains { $0.first?.isNumber ?? false }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
