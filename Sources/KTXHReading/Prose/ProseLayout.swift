import Foundation

/// Bố cục văn bản: a document's logical lines, whatever copying did to its line breaks. Text taken
/// from a PDF is wrapped at the page's width, with page numbers and running headers between pages;
/// text copied from a web page may hold a whole resolution on one line. Both become what a Word export
/// gives: a paragraph a line, a list item a line, each piece still knowing the line it came from.
package enum ProseLayout {
    /// The document's lines without tables (tab-separated lines go through `PlanTable`), cleaned,
    /// unwrapped and split at the places a paragraph break was lost.
    static func lines(_ text: String) -> [TargetSection.Line] {
        var lines = physicalLines(text, splittingCells: false)
        // A table's rows, once joined, are lines of their own, not a page's width of wrapped text. A table copied
        // onto one line keeps its cells apart by runs of spaces.
        let cells =
            text.split(separator: "\n").contains(where: holdsSpacedCells) ? physicalLines(text, splittingCells: true) : lines
        let rows = CellLines.joined(lines)
        let cellRows = cells.count > lines.count ? CellLines.joined(cells) : cells
        if cellRows.count < cells.count {
            lines = cellRows
        } else if rows.count < lines.count {
            lines = rows
        } else {
            lines = withLabelledValues(lines)
            if let width = wrapWidth(lines) { lines = unwrapped(withoutPageFurniture(lines), width: width) }
        }
        return lines.filter { !$0.text.hasPrefix(footnote) }.flatMap(split)
    }

    private static let footnote = "[^]"

    /// The text's lines, cleaned. With `splittingCells`, a line with many runs of two spaces or more ("Stt  Chỉ
    /// tiêu  Ước TH  I  Kinh tế  1  Tốc độ …  tăng 7,4 - 8,4%  2  …") is cut into its cells, a line each, as a
    /// table copied from a web page without its grid has them.
    static func physicalLines(_ text: String, splittingCells: Bool) -> [TargetSection.Line] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
            offset, raw -> [TargetSection.Line] in
            guard !raw.contains("\t") else { return [] }
            // A footnote's text is kept until its wrapped lines have joined it, then dropped with them.
            if ProseCleanup.isFootnoteText(raw) {
                return [TargetSection.Line(number: offset + 1, text: footnote)]
            }
            let pieces =
                splittingCells && holdsSpacedCells(raw)
                ? raw.replacingOccurrences(of: " {2,}", with: "\n", options: .regularExpression).split(separator: "\n")
                : [raw]
            return pieces.compactMap { piece in
                let cleaned = ProseCleanup.clean(String(piece))
                return cleaned.isEmpty || isPhotoCaption(cleaned) ? nil : TargetSection.Line(number: offset + 1, text: cleaned)
            }
        }
    }

    /// A line with many runs of two spaces or more: a table's cells, copied without its grid.
    static func holdsSpacedCells(_ raw: Substring) -> Bool {
        raw.components(separatedBy: "  ").count >= 8
    }

    /// An infographic's text: a name on one line, its figure alone on the next ("Tỷ lệ bao phủ bảo hiểm y tế ;" then
    /// ">95%"). The two are one target, "name: figure"; an icon read as "0 " before a name is a bullet.
    static func withLabelledValues(_ lines: [TargetSection.Line]) -> [TargetSection.Line] {
        var result: [TargetSection.Line] = []
        for var line in lines {
            if line.text.hasPrefix("0 "), line.text.dropFirst(2).first?.isUppercase == true {
                line.text = "- " + line.text.dropFirst(2)
            }
            // ">90%", "> 1,5%", "≥ 2.000": a sign or a percentage, so a wrapped line's "2020." stays a year.
            let isValue =
                line.text.range(of: "^([>≥<≤] ?[0-9][0-9.,]*[0-9] ?(%|‰)?|[0-9][0-9.,]* ?(%|‰))$", options: .regularExpression)
                != nil
            if isValue, var label = result.last, !TargetSection.hasFigure(label.text), !".!?".contains(label.text.last ?? "."),
                label.text.split(separator: " ").count >= 2
            {
                // An item of its own, as the list it was drawn from: a bullet before, a semicolon after.
                var name = String(label.text.reversed().drop { " ;:".contains($0) }.reversed())
                if Numbering.read(name) == nil {
                    name = "- " + name
                    label.breaks = label.breaks.map { .init(offset: $0.offset + 2, line: $0.line) }
                }
                label.breaks.append(.init(offset: name.count + 2, line: line.number))
                label.text = name + ": " + line.text + ";"
                result[result.count - 1] = label
                continue
            }
            result.append(line)
        }
        return result
    }

    // MARK: Wrapped text

    /// The width a PDF's text was wrapped at, nil for a document whose lines are its paragraphs. Wrapped
    /// lines end without punctuation at nearly the same length; a Word export's paragraphs vary widely
    /// and are mostly longer than any page is wide.
    static func wrapWidth(_ lines: [TargetSection.Line]) -> Int? {
        let lengths = lines.map(\.text.count).sorted()
        guard lengths.count >= 8 else { return nil }
        let width = lengths[lengths.count * 9 / 10]
        guard (40...130).contains(width) else { return nil }
        let full = lines.filter { $0.text.count >= width * 3 / 4 }
        let open = full.filter { !endsSentence($0.text) }
        return open.count >= 3 && open.count * 2 >= full.count ? width : nil
    }

    /// A page number ("12", "- 3 -", "Trang 4") or a running header repeated on every page.
    static func withoutPageFurniture(_ lines: [TargetSection.Line]) -> [TargetSection.Line] {
        var seen: [String: Int] = [:]
        for line in lines where line.text.count <= 90 { seen[line.text, default: 0] += 1 }
        return lines.filter { !isPageNumber($0.text) && (seen[$0.text] ?? 0) < 3 }
    }

    /// "Nghệ An 'chốt' mục tiêu tăng trưởng 9 - 10% năm 2023 ảnh 1": a news page's photo, its alternative text
    /// repeating the headline.
    static func isPhotoCaption(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, let number = words.last, number.allSatisfy(\.isNumber) else { return false }
        return words[words.count - 2].lowercased() == "ảnh"
    }

    /// "12", "- 3 -", "Trang 4", "4/12"; not "11 - 12%", which is a wrapped target's figure.
    static func isPageNumber(_ text: String) -> Bool {
        var rest = Substring(text.folded)
        if rest.hasPrefix("trang") { rest = rest.dropFirst(5) }
        let groups = rest.split { " -–/".contains($0) }
        guard (1...2).contains(groups.count), groups.allSatisfy({ $0.count <= 3 && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        return groups.count == 1 || rest.contains("/")
    }

    /// Joins a line that runs to the page's edge with the line after it, unless that one starts an item.
    /// "GR-" then "DP" is one word; "kinh tế -" then "xã hội" keeps its dash.
    static func unwrapped(_ lines: [TargetSection.Line], width: Int) -> [TargetSection.Line] {
        var result: [TargetSection.Line] = []
        for line in lines {
            // A line that starts in lower case, or with a figure after an open sentence, goes on from the one above.
            let first = line.text.first
            let continues =
                first?.isLowercase == true || first?.isNumber == true && result.last.map { !endsSentence($0.text) } == true
            guard var last = result.last, Numbering.read(line.text) == nil,
                continues || last.text.hasPrefix(footnote) && !endsSentence(last.text)
                    || last.text.count >= width * 3 / 5 && !endsSentence(last.text)
            else {
                result.append(line)
                continue
            }
            let text = last.text
            let hyphenated = text.hasSuffix("-") && text.dropLast().last?.isLetter == true
            last.append(line, separator: hyphenated ? "" : " ", dropping: hyphenated ? 1 : 0)
            result[result.count - 1] = last
        }
        return result
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".;:!?".contains(last)
    }

    // MARK: Lost paragraph breaks

    /// Where a paragraph break or a list's line break was lost: before an article ("Điều 2."), before a
    /// numbered heading after a sentence's end, and before each item of an inline list ("gồm: (1) …;
    /// (2) …", "như sau: - …; - …", "a) …; b) …") when at least two items follow one another.
    static func split(_ line: TargetSection.Line) -> [TargetSection.Line] {
        let cuts = InlineMarks.cuts(in: Array(line.text))
        guard !cuts.isEmpty else { return [line] }
        var pieces: [TargetSection.Line] = []
        var start = 0
        for cut in cuts + [line.text.count] where cut > start {
            let piece = line.slice(start..<cut)
            if !piece.text.isEmpty { pieces.append(piece) }
            start = cut
        }
        return pieces
    }
}

extension TargetSection.Line {
    /// Appends the next physical line, remembering where it starts.
    mutating func append(_ next: TargetSection.Line, separator: String, dropping: Int) {
        text = String(text.dropLast(dropping)) + separator
        breaks.append(Break(offset: text.count, line: next.number))
        breaks += next.breaks.map { Break(offset: $0.offset + text.count, line: $0.line) }
        text += next.text
    }

    /// The part of the line in `range` (character offsets), trimmed, with the lines it spans.
    func slice(_ range: Range<Int>) -> TargetSection.Line {
        let chars = Array(text)
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, chars[low] == " " { low += 1 }
        while high > low, chars[high - 1] == " " { high -= 1 }
        let first = breaks.last { $0.offset <= low }?.line ?? number
        let inside = breaks.filter { $0.offset > low && $0.offset < high }.map { Break(offset: $0.offset - low, line: $0.line) }
        return TargetSection.Line(number: first, text: String(chars[low..<high]), breaks: inside)
    }

    /// The physical line the character at `offset` came from.
    func line(at offset: Int) -> Int {
        breaks.last { $0.offset <= offset }?.line ?? number
    }
}
