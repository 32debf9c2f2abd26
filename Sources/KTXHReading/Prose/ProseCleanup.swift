import Foundation

/// Văn bản sạch: a line of a document with what Word, PDF and Markdown extraction leave behind
/// removed, so that the grammar sees the words an official wrote.
package enum ProseCleanup {
    /// `<sup>17</sup>` is a footnote mark: removed for the target grammar, kept as `[^17]` for the
    /// consistency check, which follows footnotes.
    static func clean(_ line: String, keepFootnoteMarks: Bool = false) -> String {
        var text = TextNormalization.nfc(line)
        text = replaceFootnoteMarks(text, keep: keepFootnoteMarks)
        if !keepFootnoteMarks { text = withoutMarkdownFootnotes(text) }
        // LaTeX from PDF conversion: "$\geq 99\%$" is "≥ 99%".
        for (latex, plain) in [("\\geq", "≥"), ("\\leq", "≤"), ("\\%", "%"), ("\\times", "×"), ("$", "")] {
            text = text.replacingOccurrences(of: latex, with: plain)
        }
        for markup in ["<b>", "</b>", "<i>", "</i>", "**", "*"] {
            text = text.replacingOccurrences(of: markup, with: "")
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        // "hằng nãm": "năm" typed with the wrong mark; no Vietnamese word is "nãm".
        text = text.replacingOccurrences(of: "nãm", with: "năm")
        text = withoutImages(text)
        if !keepFootnoteMarks { text = withoutClockTimes(withoutPageCounters(text)) }
        // A "%" typed after "trở lên" repeats the sign the figure already carries.
        text = text.replacingOccurrences(of: "trở lên%", with: "trở lên")
        text = text.replacingOccurrences(of: "(trở lên)", with: "trở lên")
        // "90 triệu đồng (3.500 USD) trở lên": the bound is the figure's; the bracket says it again.
        text = text.replacingOccurrences(
            of: " (\\([^()]*\\)) (trở lên|trở xuống)", with: " $2 $1", options: .regularExpression)
        // "13 bác sĩ/ 1 vạn dân": a space after the slash of a unit.
        text = text.replacingOccurrences(of: "(\\p{L})/ +(?=[0-9\\p{L}])", with: "$1/", options: .regularExpression)
        // "10-12 %/năm", "9,7 % /năm", "3,2 % năm": a yearly rate spaced out; "0,01%o": per mille typed as "%o".
        text = text.replacingOccurrences(of: "([0-9]) *% */ *", with: "$1%/", options: .regularExpression)
        text = text.replacingOccurrences(of: "([0-9]) *% năm(?![0-9 ]*[0-9])", with: "$1%/năm", options: .regularExpression)
        text = text.replacingOccurrences(of: "([0-9])%o(?!\\p{L})", with: "$1‰", options: .regularExpression)
        // "từ 120 triệu đến 130 triệu đồng": the scale said with each end of a range.
        text = text.replacingOccurrences(
            of: "([0-9]) (triệu|tỷ|tỉ|nghìn|ngàn) ?(đến|-|–) ?([0-9][0-9.,]*) \\2(?=\\s)", with: "$1 $3 $4 $2",
            options: .regularExpression)
        // "khoảng 60% - 65% GRDP": a range with its sign on both ends (not "36,20% - 34,50% - 29,30%", three parts).
        text = text.replacingOccurrences(
            of: "(?<![0-9]% ?[-–] ?)(?<![0-9.,])([0-9][0-9.,]*)% ?[-–] ?([0-9][0-9.,]*)%(?! ?[-–] ?[0-9])", with: "$1 - $2%",
            options: .regularExpression)
        // "đạt gần11.000 tỷ đồng": a space lost between a comparison word and its figure.
        text = text.replacingOccurrences(
            of: "(?<=\\s|^)(gần|trên|hơn|dưới|khoảng|đạt|tăng|giảm|còn)(?=[0-9])", with: "$1 ", options: .regularExpression)
        // "tăng 1,19% so ước thực hiện năm 2017": "so với" shortened.
        text = text.replacingOccurrences(of: " so ước ", with: " so với ước ")
        text = text.replacingOccurrences(of: " so kế hoạch", with: " so với kế hoạch")
        text = text.replacingOccurrences(of: "\t", with: " ")
        var trimmed = Substring(TextNormalization.collapseSpaces(text))
        while trimmed.first == "#" || trimmed.first == " " { trimmed.removeFirst() }
        // "[A32.65-ĐU-NQ-0001-2025] 2.2. Các chỉ tiêu …": an archive's reference code before the heading.
        if trimmed.first == "[", !trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]"),
            !trimmed[..<close].contains(" ")
        {
            trimmed = trimmed[trimmed.index(after: close)...].drop { $0 == " " }
        }
        return String(trimmed)
    }

    /// "… phía Nam. ![]() | Tiền Giang đề ra mục tiêu … | Nghị quyết cũng đề ra …": a web page's picture and its
    /// caption between bars, copied into the text; each piece is a sentence of its own. A Markdown table's row
    /// starts with its bar and is left alone.
    private static func withoutImages(_ text: String) -> String {
        guard text.contains("![") || text.contains(" | "), !text.hasPrefix("|") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "!["), let close = rest[open.upperBound...].range(of: "]("),
            let end = rest[close.upperBound...].firstIndex(of: ")")
        {
            result += rest[..<open.lowerBound]
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        return result.replacingOccurrences(of: " | ", with: ". ")
    }

    /// "Lượt xem: 11048", "1,329 lượt xem", "In bài viết": a news page's counters and buttons.
    private static func withoutPageCounters(_ text: String) -> String {
        guard text.range(of: "lượt xem", options: .caseInsensitive) != nil || text.contains("In bài viết") else { return text }
        var result = text
        for pattern in ["[Ll]ượt xem:? *[0-9][0-9.,]*", "[0-9][0-9.,]* lượt xem", "In bài viết"] {
            result = result.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return result
    }

    /// "20:03 11-12-2023", "04:03, 22/03/2023": a news page's time stamp says when it was posted, nothing about a
    /// target.
    private static func withoutClockTimes(_ text: String) -> String {
        func isStamp(_ word: Substring, _ separator: Character, _ lengths: [ClosedRange<Int>]) -> Bool {
            let parts = word.drop { $0 == "(" }.prefix { $0 != "," && $0 != ")" }.split(
                separator: separator, omittingEmptySubsequences: false)
            return parts.count == lengths.count
                && zip(parts, lengths).allSatisfy { part, length in
                    length.contains(part.count) && part.allSatisfy(\.isNumber)
                }
        }
        return text.split(separator: " ", omittingEmptySubsequences: false).filter { word in
            !isStamp(word, ":", [1...2, 2...2]) && !isStamp(word, "-", [1...2, 1...2, 4...4])
        }.joined(separator: " ")
    }

    /// A Markdown footnote's text ("[^1]: Theo Công văn …"), not part of the list it annotates.
    static func isFootnoteText(_ line: Substring) -> Bool {
        line.drop(while: { $0 == " " || $0 == "#" }).hasPrefix("[^")
    }

    /// "… 20 chỉ tiêu [^1]": a Markdown footnote mark.
    private static func withoutMarkdownFootnotes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[^"), let close = rest[open.upperBound...].firstIndex(of: "]"),
            rest[open.upperBound..<close].allSatisfy({ $0.isLetter || $0.isNumber })
        {
            result += rest[..<open.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// "m<sup>2</sup>" is a unit, not a footnote.
    private static func replaceFootnoteMarks(_ text: String, keep: Bool) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<sup>"), let close = rest.range(of: "</sup>", range: open.upperBound..<rest.endIndex) {
            let mark = rest[open.upperBound..<close.lowerBound]
            result += rest[..<open.lowerBound]
            let before = result.last
            if mark == "2" && before == "m" {
                result += "²"
            } else if mark == "3" && before == "m" {
                result += "³"
            } else if keep {
                result += "[^\(mark)]"
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
