import Foundation

/// Một mục: a numbered or bulleted item of a target list, its wrapped lines joined, each character
/// still knowing its line.
package struct TargetItem {
    var number: String?
    /// Numbered or bulleted: only a listed item may state a target without a figure.
    var isListed: Bool
    var text: PhraseText
    /// (offset in `text`, line number) where each joined line starts.
    var lineStarts: [(offset: Int, line: Int)]
    /// The group heading above the item ("Về kinh tế"), or the section's title.
    var heading: String?

    func line(at offset: Int) -> Int {
        lineStarts.last { $0.offset <= offset }?.line ?? lineStarts.first?.line ?? 0
    }

    /// Joins wrapped lines: a line without a number continues the item above unless that item ended
    /// its sentence. A short line without a figure is a group heading, not a target.
    static func items(in section: TargetSection) -> [TargetItem] {
        var items: [TargetItem] = []
        var chars: [Character] = []
        var starts: [(Int, Int)] = []
        var number: String?
        var isListed = false
        var heading = section.title
        var itemHeading = heading
        func flush() {
            if !chars.isEmpty {
                items.append(
                    TargetItem(
                        number: number, isListed: isListed, text: PhraseText(chars), lineStarts: starts,
                        heading: itemHeading))
            }
            chars = []
            starts = []
            number = nil
            isListed = false
        }
        for line in section.lines {
            // "b) Cơ cấu kinh tế:" over "Khu vực I: 33,10%; …", "thuế sản phẩm:" over "3,30%;": a label whose figures
            // are on the next line goes on there.
            let label = chars.last == ":" && !(chars.split(separator: ";").last ?? []).contains(where: \.isNumber)
            let ended = chars.last.map { ".;:".contains($0) } ?? true && !label || !section.isHeaded
            // "Cơ cấu kinh tế: Nông - lâm" / "- thủy sản 35,55%; …": a page broke a compound joined by dashes, and
            // its next part looks like a bullet.
            let breaksCompound = !ended && Numbering.read(line.text)?.kind == .bullet && endsWithDashedPart(chars)
            let numbering = breaksCompound ? nil : Numbering.read(line.text)
            let body = numbering.map { String(line.text[$0.textStart...]) } ?? line.text
            if isGroupHeading(body) {
                flush()
                heading = body.trimmingCharacters(in: CharacterSet(charactersIn: " :."))
                continue
            }
            // Outside a list, each line is a sentence read on its own, or the part of one that sets targets.
            if numbering != nil || ended {
                flush()
                if let numbering, numbering.kind != .bullet { number = numbering.mark }
                isListed = numbering != nil
                itemHeading = heading
            } else {
                chars.append(" ")
            }
            let bodyStart = chars.count - line.text.count + body.count
            starts.append((chars.count, line.number))
            starts += line.breaks.map { (bodyStart + $0.offset, $0.line) }
            chars.append(contentsOf: body)
        }
        flush()
        return items
    }

    /// The text ends "… Nông - lâm": a word after a spaced dash, with no figure in it.
    static func endsWithDashedPart(_ chars: [Character]) -> Bool {
        let words = String(chars.suffix(40)).split(separator: " ")
        guard words.count >= 3, let last = words.last, last.allSatisfy(\.isLetter) else { return false }
        return ["-", "–"].contains(words[words.count - 2]) && words[words.count - 3].allSatisfy(\.isLetter)
    }

    /// "1. Về kinh tế", "Chỉ tiêu về xã hội:": no figure, and short or ending with a colon.
    static func isGroupHeading(_ body: String) -> Bool {
        let trimmed = body.trimmingCharacters(in: .whitespaces)
        // A title in capitals ("MỘT SỐ CHỈ TIÊU … NĂM 2025") heads a table, it states nothing.
        if trimmed.contains(where: \.isLetter), !trimmed.contains(where: \.isLowercase) { return true }
        guard !Lexicon.withoutTargetCounts(body).contains(where: \.isNumber) else { return false }
        return trimmed.hasSuffix(":") || trimmed.split(separator: " ").count <= 6 && !trimmed.hasSuffix(".")
    }
}
