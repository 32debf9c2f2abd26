import Foundation

/// A line or a table cell as the checks read it: its characters, its figures and its line number.
package struct Passage {
    var line: Int
    var chars: [Character]
    var figures: [WrittenFigure]

    init(line: Int, text: String) {
        self.line = line
        chars = Array(text)
        figures = WrittenFigure.scan(chars)
    }

    var text: String { String(chars) }

    /// The words between two figures (or from a figure to the end), lowercased.
    func between(_ a: Int, _ b: Int) -> String {
        String(chars[max(0, min(a, chars.count))..<max(0, min(b, chars.count))]).lowercased()
    }

    /// The clause around a figure, for a finding's location: at most `width` characters each side.
    func excerpt(around range: Range<Int>, width: Int = 70) -> String {
        var low = max(0, range.lowerBound - width)
        var high = min(chars.count, range.upperBound + width)
        while low > 0, chars[low - 1] != " " { low -= 1 }
        while high < chars.count, chars[high] != " " { high += 1 }
        let body = String(chars[low..<high]).trimmed
        return (low > 0 ? "…" : "") + body + (high < chars.count ? "…" : "")
    }

    /// "năm 2024": a year, not a figure.
    func isYear(_ figure: WrittenFigure) -> Bool {
        figure.text.count == 4 && figure.decimals == 0 && (1900...2100).contains(figure.value)
            && between(max(0, figure.range.lowerBound - 5), figure.range.lowerBound).hasSuffix("năm ")
    }

    func location(_ range: Range<Int>) -> Finding.Location {
        Finding.Location(line: line, text: excerpt(around: range))
    }
}

extension ReportText {
    /// Every prose line and every table cell, each a passage.
    var passages: [Passage] {
        prose.map { Passage(line: $0.number, text: $0.text) }
            + tables.flatMap { $0 }.flatMap { row in row.cells.map { Passage(line: row.number, text: $0) } }
    }
}
