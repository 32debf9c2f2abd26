import Foundation

/// Reads the rows back out of the rendered progress page, the way a person reads the table.
enum ProgressPageReader {
    struct Row {
        var isSection: Bool
        var number: String
        var name: String
        var plan: String
        var value: String
        var percent: String
        var label: String
    }

    static func rows(_ html: String) -> [Row] {
        guard let body = html.range(of: "<tbody>"), let end = html.range(of: "</tbody>") else { return [] }
        let table = String(html[body.upperBound..<end.lowerBound])
        return table.components(separatedBy: "<tr").dropFirst().map { raw in
            let cells = raw.components(separatedBy: "<td").dropFirst().map(text)
            let isSection = raw.hasPrefix(" class=\"section\"")
            func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
            let name = cell(1).hasPrefix("- ") ? String(cell(1).dropFirst(2)) : cell(1)
            return Row(
                isSection: isSection, number: cell(0), name: name, plan: cell(3), value: cell(4), percent: cell(5),
                label: cell(6))
        }
    }

    /// The first text of a cell, without tags and notes, entities decoded.
    private static func text(_ cell: String) -> String {
        var s = "<td" + cell
        if let note = s.range(of: "<div") { s = String(s[..<note.lowerBound]) }
        // Attribute values may hold ">" ("4.227 > 4.000" in a title).
        s = s.replacingOccurrences(of: "<(?:[^>\"]|\"[^\"]*\")*>", with: "", options: .regularExpression)
        return s.replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
